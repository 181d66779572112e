package dev.piassistant.memory.internal.text;

/**
 * What of a chunk is embedded: its title's words, then its text with identifiers spelled out as words, cut short.
 * The model reads 126 word pieces at most, so the words that say what the chunk is come first. Derived from
 * title and text alone, so that it can be made again when embedding later.
 */
public final class EmbedText {

	/** More than the model reads of ordinary text; the rest would be cut anyway. */
	static final int MAX_CHARS = 700;

	/** Words of code that tell nothing about what it does, left out to make room for those that do. */
	private static final java.util.Set<String> NOISE = java.util.Set.of("public", "private", "protected", "static", "final",
			"return", "new", "this", "void", "if", "else", "throws", "throw", "try", "catch", "finally", "null", "true",
			"false", "int", "long", "boolean", "var", "for", "while", "do", "break", "continue", "case", "default", "synchronized",
			"abstract", "override", "instanceof", "super");
	private static final int LONGEST_NOISE = NOISE.stream().mapToInt(String::length).max().orElse(0);

	private EmbedText() {
	}

	public static String of(String title, String text) {
		var out = new StringBuilder(MAX_CHARS + 64);
		words(title, out);
		out.append(": ");
		words(text, out);
		return out.length() <= MAX_CHARS ? out.toString() : out.substring(0, MAX_CHARS);
	}

	/** Identifiers as words, other characters but letters and digits as single blanks. */
	private static void words(String text, StringBuilder out) {
		int start = -1;
		for (int i = 0; i <= text.length() && out.length() < MAX_CHARS; i++) {
			char c = i < text.length() ? text.charAt(i) : ' ';
			if (Character.isLetterOrDigit(c) || c == '_') {
				if (start < 0) {
					start = i;
				}
				continue;
			}
			if (start >= 0) {
				var word = text.substring(start, i);
				if (!isNoise(word)) {
					Identifiers.appendSpaced(word, out);
					out.append(' ');
				}
				start = -1;
			}
			if (c == '.' || c == ',' || c == '(' || c == ')' || c == ':') {
				trimBlank(out);
				out.append(c == '(' || c == ')' ? ' ' : c).append(' ');
			}
		}
		trimBlank(out);
	}

	private static boolean isNoise(String word) {
		return word.length() <= LONGEST_NOISE && NOISE.contains(word.toLowerCase(java.util.Locale.ROOT));
	}

	private static void trimBlank(StringBuilder out) {
		while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
			out.setLength(out.length() - 1);
		}
	}
}
