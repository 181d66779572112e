package dev.piassistant.edits.internal.engine;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the model is told when an edit cannot be placed: which block or hunk, why, and the nearest places with
 * the first line that differs, so that it can quote the file correctly next time. Nothing was changed.
 */
final class Problems {

	private static final int SHOWN_CHARACTERS = 120;

	private Problems() {
	}

	static String emptySearch(int block, int blocks) {
		return String.format(Locale.ROOT, "%s is empty. Quote the lines to change (for an insertion, the lines around "
				+ "the place, repeated in the replacement with the new lines). Nothing was changed.", searchText(block, blocks));
	}

	static String block(int block, int blocks, Located located, List<String> quote, Matcher file) {
		return where(searchText(block, blocks), located, quote, file);
	}

	static String hunk(int hunk, int hunks, String path, Located located, List<String> quote, Matcher file) {
		return where(hunk(hunk, hunks, path) + " (its unchanged and removed lines)", located, quote, file);
	}

	static String noContext(int hunk, int hunks, String path) {
		return String.format(Locale.ROOT, "%s only adds lines and has no line number to say where. Give its @@ line "
				+ "numbers or a few unchanged lines around it. Nothing was changed.", hunk(hunk, hunks, path));
	}

	private static String where(String what, Located located, List<String> quote, Matcher file) {
		if (located instanceof Located.Ambiguous ambiguous) {
			return String.format(Locale.ROOT, "%s occurs %d times (at lines %s). Add unchanged lines around it so that "
					+ "it occurs once. Nothing was changed.", what, ambiguous.starts().size(), lines(ambiguous.starts()));
		}
		var nearest = ((Located.NotFound) located).nearest();
		if (nearest.isEmpty()) {
			return what + " is not in the file: none of its lines occurs there. Read the file again and quote its "
					+ "lines exactly. Nothing was changed.";
		}
		var text = new StringBuilder(what).append(" is not in the file as quoted. The nearest ")
				.append(nearest.size() == 1 ? "place is" : "places are").append(':');
		for (var candidate : nearest) {
			text.append(String.format(Locale.ROOT, "%n- line %d (%.0f%% alike)", candidate.start() + 1,
					candidate.similarity() * 100));
			var differ = candidate.firstDiffer();
			if (differ >= 0) {
				text.append(String.format(Locale.ROOT, ": line %d of the file is `%s`, your text has `%s`",
						candidate.start() + differ + 1, clip(file.line(candidate.start() + differ)), clip(quote.get(differ))));
			}
		}
		return text.append(String.format(Locale.ROOT, "%nQuote the file's lines exactly (read it again if it may have "
				+ "changed). Nothing was changed.")).toString();
	}

	private static String searchText(int block, int blocks) {
		return blocks == 1 ? "The search text" : String.format(Locale.ROOT, "The search text of block %d (of %d)", block, blocks);
	}

	private static String hunk(int hunk, int hunks, String path) {
		return hunks == 1 ? "The hunk of " + path : String.format(Locale.ROOT, "Hunk %d (of %d) of %s", hunk, hunks, path);
	}

	private static String lines(List<Integer> starts) {
		return starts.stream().limit(10).map(start -> Integer.toString(start + 1)).collect(Collectors.joining(", "))
				+ (starts.size() > 10 ? ", ..." : "");
	}

	private static String clip(String line) {
		var stripped = line.strip();
		return stripped.length() <= SHOWN_CHARACTERS ? stripped : stripped.substring(0, SHOWN_CHARACTERS) + "\u2026";
	}
}
