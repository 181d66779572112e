package dev.piassistant.memory.internal.text;

import java.text.Normalizer;
import java.util.function.Consumer;

/**
 * The keyword index's words, as SQLite's {@code porter unicode61 remove_diacritics 2} tokenizer made them: runs of
 * letters and digits, lower case, accents taken off, each stemmed (see {@link Porter}). Texts go through
 * {@link Identifiers#forIndex} first, so identifiers are found by their words too. One per thread.
 */
public final class Tokens {

	private final Porter porter = new Porter();
	private final StringBuilder token = new StringBuilder();

	/** Gives each token of the text, in order. */
	public void each(String text, Consumer<String> tokens) {
		boolean plain = true;
		for (int i = 0, n = text.length(); i <= n; i++) {
			char c = i < n ? text.charAt(i) : ' ';
			if (Character.isLetterOrDigit(c)) {
				plain &= c < 128;
				token.append(Character.toLowerCase(c));
			} else if (token.length() > 0) {
				var word = plain ? token.toString() : withoutAccents(token.toString());
				tokens.accept(porter.stem(word));
				token.setLength(0);
				plain = true;
			}
		}
	}

	private static String withoutAccents(String word) {
		var decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
		var out = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) != Character.NON_SPACING_MARK) {
				out.append(c);
			}
		}
		return out.toString();
	}
}
