package dev.piassistant.memory.internal.search;

import java.util.List;
import java.util.Locale;

/** The few lines of a chunk that match a query best, to show with a hit. */
public final class Snippets {

	static final int LINES = 4;
	static final int MAX_CHARS = 400;

	private Snippets() {
	}

	public static String of(String text, List<String> terms) {
		var lines = text.split("\n", -1);
		var stems = terms.stream().map(term -> term.length() > 5 ? term.substring(0, 5) : term).toList();
		int best = 0;
		int bestScore = -1;
		for (int start = 0; start < lines.length; start++) {
			int score = 0;
			for (int i = start; i < Math.min(lines.length, start + LINES); i++) {
				var line = lines[i].toLowerCase(Locale.ROOT);
				for (var stem : stems) {
					if (line.contains(stem)) {
						score++;
					}
				}
			}
			if (score > bestScore) {
				bestScore = score;
				best = start;
			}
		}
		var snippet = new StringBuilder();
		for (int i = best; i < Math.min(lines.length, best + LINES); i++) {
			snippet.append(lines[i].strip()).append('\n');
		}
		var result = snippet.toString().strip();
		return result.length() <= MAX_CHARS ? result : result.substring(0, MAX_CHARS) + "\u2026";
	}
}
