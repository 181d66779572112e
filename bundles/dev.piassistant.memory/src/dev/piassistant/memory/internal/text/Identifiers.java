package dev.piassistant.memory.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits code identifiers into the words people search with: {@code resolveObjectId} is "resolve object id",
 * {@code HTTP_TIMEOUT} is "http timeout", {@code parseURLv2} is "parse url v 2".
 */
public final class Identifiers {

	/** Identifiers shorter than this are not split for the index ("getX" is found as it is). */
	static final int MIN_SPLIT = 4;

	private Identifiers() {
	}

	/** The words of one identifier, lower case; the identifier itself when it is a single word. */
	public static List<String> words(String identifier) {
		var words = new ArrayList<String>();
		var word = new StringBuilder();
		for (int i = 0; i < identifier.length(); i++) {
			char c = identifier.charAt(i);
			if (!Character.isLetterOrDigit(c)) {
				flush(word, words);
				continue;
			}
			if (word.length() > 0 && startsWord(identifier, i)) {
				flush(word, words);
			}
			word.append(c);
		}
		flush(word, words);
		return words;
	}

	/** A word starts at an upper-case letter after a lower-case one, at the last capital of a run followed by
	 * lower case ("URLParser": "url", "parser"), and where letters and digits meet. */
	private static boolean startsWord(String s, int i) {
		char c = s.charAt(i);
		char before = s.charAt(i - 1);
		if (Character.isDigit(c) != Character.isDigit(before)) {
			return true;
		}
		if (!Character.isUpperCase(c)) {
			return false;
		}
		if (Character.isLowerCase(before)) {
			return true;
		}
		return Character.isUpperCase(before) && i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1));
	}

	private static void flush(StringBuilder word, List<String> words) {
		if (word.length() > 0) {
			words.add(word.toString().toLowerCase(Locale.ROOT));
			word.setLength(0);
		}
	}

	/**
	 * Text as the full-text index should see it: the text, then the words of every identifier in it that has
	 * more than one, so that "object id" finds {@code resolveObjectId} while the name itself still matches.
	 */
	public static String forIndex(String text) {
		var extra = new StringBuilder();
		int start = -1;
		for (int i = 0; i <= text.length(); i++) {
			boolean part = i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_');
			if (part && start < 0) {
				start = i;
			} else if (!part && start >= 0) {
				appendWords(text.substring(start, i), extra);
				start = -1;
			}
		}
		return extra.length() == 0 ? text : text + "\n" + extra;
	}

	/** The identifier's words separated by blanks, for text read by people and models. */
	public static String spaced(String identifier) {
		var out = new StringBuilder(identifier.length() + 8);
		appendSpaced(identifier, out);
		return out.toString();
	}

	/**
	 * Appends what {@link #spaced} gives, without making a list of the words first: it runs for every word of every
	 * chunk.
	 */
	public static void appendSpaced(String identifier, StringBuilder out) {
		boolean inWord = false;
		boolean first = true;
		for (int i = 0; i < identifier.length(); i++) {
			char c = identifier.charAt(i);
			if (!Character.isLetterOrDigit(c)) {
				inWord = false;
				continue;
			}
			if (!inWord || startsWord(identifier, i)) {
				if (!first) {
					out.append(' ');
				}
				first = false;
				inWord = true;
			}
			out.append(Character.toLowerCase(c));
		}
	}

	private static void appendWords(String identifier, StringBuilder out) {
		if (identifier.length() < MIN_SPLIT) {
			return;
		}
		var words = words(identifier);
		if (words.size() > 1) {
			for (var word : words) {
				out.append(word).append(' ');
			}
		}
	}
}
