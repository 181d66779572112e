package dev.piassistant.tools.jdt.internal.refactor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.DiffUtils;

import dev.piassistant.core.change.Hunk;

/** The hunks that turn one text into another: whole lines, with their line ends, as a review shows them. */
final class LineDiff {

	private LineDiff() {
	}

	static List<Hunk> hunks(String before, String after) {
		var deltas = DiffUtils.diff(lines(before), lines(after)).getDeltas();
		var hunks = new ArrayList<Hunk>();
		for (var delta : deltas) {
			hunks.add(new Hunk(hunks.size(), delta.getSource().getPosition(), String.join("", delta.getSource().getLines()),
					String.join("", delta.getTarget().getLines())));
		}
		return hunks;
	}

	/** The lines of a text, each with its line end (as the change records split them). */
	private static List<String> lines(String text) {
		if (text.isEmpty()) {
			return List.of();
		}
		var lines = new ArrayList<>(Arrays.asList(text.split("(?<=\n)|(?<=\r)(?!\n)", -1)));
		if (lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return lines;
	}
}
