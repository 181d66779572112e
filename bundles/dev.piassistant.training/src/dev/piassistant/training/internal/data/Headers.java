package dev.piassistant.training.internal.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Column names as a header gives them, made usable: blank ones numbered, repeated ones suffixed. */
final class Headers {

	private Headers() {
	}

	static List<String> clean(List<String> names) {
		var seen = new HashSet<String>();
		var clean = new ArrayList<String>(names.size());
		for (int i = 0; i < names.size(); i++) {
			var name = names.get(i).isBlank() ? "column_" + (i + 1) : names.get(i).trim();
			var unique = name;
			for (int n = 2; !seen.add(unique); n++) {
				unique = name + "_" + n;
			}
			clean.add(unique);
		}
		return clean;
	}
}
