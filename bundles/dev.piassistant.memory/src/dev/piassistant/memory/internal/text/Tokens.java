package dev.piassistant.memory.internal.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.function.Consumer;

/**
 * The keyword index's words, as SQLite's {@code porter unicode61 remove_diacritics 2} tokenizer made them: runs of
 * letters and digits, lower case, accents taken off, each stemmed (see {@link Porter}). Texts go through
 * {@link Identifiers#forIndex} first, so identifiers are found by their words too. One per thread.
 */
public final class Tokens {

	/**
	 * Stems already made, at most this many (a few MB) per thread: code uses few distinct words, and stemming each
	 * again was most of the tokenizing.
	 */
	private static final int MAX_STEMS = 50_000;

	private final Porter porter = new Porter();
	private final StringBuilder token = new StringBuilder();
	private final HashMap<String, String> stems = new HashMap<>();

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
				tokens.accept(stem(word));
				token.setLength(0);
				plain = true;
			}
		}
	}

	/**
	 * Gives the tokens of {@code Identifiers.forIndex(text)}, in another order, without making that text: this runs
	 * over every chunk an index run writes. Each identifier's words follow its own tokens.
	 */
	public void eachIndexed(String text, Consumer<String> tokens) {
		int start = -1;
		for (int i = 0, n = text.length(); i <= n; i++) {
			char c = i < n ? text.charAt(i) : ' ';
			boolean part = c == '_' || Character.isLetterOrDigit(c);
			if (part && start < 0) {
				start = i;
			} else if (!part && start >= 0) {
				var identifier = text.substring(start, i);
				each(identifier, tokens);
				if (identifier.length() >= Identifiers.MIN_SPLIT) {
					eachWord(identifier, tokens);
				}
				start = -1;
			}
		}
	}

	/** The tokens of an identifier's words, when it has more than one (see {@link Identifiers#forIndex}). */
	private void eachWord(String identifier, Consumer<String> tokens) {
		var words = Identifiers.words(identifier);
		if (words.size() > 1) {
			for (var word : words) {
				each(word, tokens);
			}
		}
	}

	private String stem(String word) {
		var stem = stems.get(word);
		if (stem == null) {
			if (stems.size() >= MAX_STEMS) {
				stems.clear();
			}
			stem = porter.stem(word);
			stems.put(word, stem);
		}
		return stem;
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
