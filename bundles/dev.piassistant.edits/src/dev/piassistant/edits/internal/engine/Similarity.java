package dev.piassistant.edits.internal.engine;

/** How alike two lines are: 1 minus their edit distance over the longer length. */
final class Similarity {

	private Similarity() {
	}

	static double of(String a, String b) {
		if (a.equals(b)) {
			return 1;
		}
		var longer = Math.max(a.length(), b.length());
		return longer == 0 ? 1 : 1 - (double) distance(a, b) / longer;
	}

	/** Levenshtein distance, in two rows. */
	static int distance(String a, String b) {
		var previous = new int[b.length() + 1];
		var current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			var c = a.charAt(i - 1);
			for (int j = 1; j <= b.length(); j++) {
				var cost = c == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			var swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
