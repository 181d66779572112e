package dev.piassistant.edits.internal.engine;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;

import dev.piassistant.core.change.Hunk;

/** Turns two versions of a file into the hunks a user reviews: one per run of changed lines. */
public final class Hunks {

	/** Lines {@code [start, start + count)} of the base replaced by {@code lines} (with their ends). */
	public record Region(int start, int count, List<String> lines) {
		public Region {
			lines = List.copyOf(lines);
		}
	}

	private Hunks() {
	}

	/** The minimal line diff from base to proposed, each run of changed lines a hunk. */
	public static List<Hunk> between(String base, String proposed) {
		var before = Lines.split(base);
		var after = Lines.split(proposed);
		int prefix = 0;
		while (prefix < before.size() && prefix < after.size() && before.get(prefix).equals(after.get(prefix))) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < before.size() - prefix && suffix < after.size() - prefix
				&& before.get(before.size() - 1 - suffix).equals(after.get(after.size() - 1 - suffix))) {
			suffix++;
		}
		var hunks = new ArrayList<Hunk>();
		diff(before.subList(prefix, before.size() - suffix), after.subList(prefix, after.size() - suffix), prefix, hunks);
		return hunks;
	}

	/** The hunks of edits known to touch only these regions (in order, apart): each region is diffed alone. */
	public static List<Hunk> of(List<String> base, List<Region> regions) {
		var hunks = new ArrayList<Hunk>();
		for (var region : regions) {
			diff(base.subList(region.start(), region.start() + region.count()), region.lines(), region.start(), hunks);
		}
		return hunks;
	}

	private static void diff(List<String> before, List<String> after, int offset, List<Hunk> into) {
		if (before.equals(after)) {
			return;
		}
		if (before.isEmpty() || after.isEmpty()) {
			into.add(new Hunk(into.size(), offset, Lines.join(before), Lines.join(after)));
			return;
		}
		for (var delta : DiffUtils.diff(before, after).getDeltas()) {
			var source = delta.getSource();
			into.add(new Hunk(into.size(), offset + source.getPosition(), Lines.join(source.getLines()),
					Lines.join(delta.getTarget().getLines())));
		}
	}
}
