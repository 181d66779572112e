package dev.piassistant.memory.embeddings.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased word-piece tokenizer, as the model's tokenizer.json describes it: text cleaned, lower-cased and
 * stripped of accents; split at blanks and around punctuation (and CJK characters); each word cut into the
 * longest pieces of the vocabulary, continuations marked "##"; [CLS] first, [SEP] last, at most
 * {@value #MAX_TOKENS} tokens in all. Plain Java, so no native tokenizer library needs unpacking.
 */
public final class WordPieces {

	/** The model's limit, [CLS] and [SEP] included. */
	public static final int MAX_TOKENS = 128;
	/** Words longer than this are unknown, as in the reference tokenizer. */
	static final int MAX_WORD_CHARS = 100;

	private final Map<String, Integer> vocabulary;
	private final int unknown;
	private final int classify;
	private final int separate;

	public WordPieces(Map<String, Integer> vocabulary) {
		this.vocabulary = vocabulary;
		this.unknown = id("[UNK]");
		this.classify = id("[CLS]");
		this.separate = id("[SEP]");
	}

	private int id(String token) {
		var id = vocabulary.get(token);
		if (id == null) {
			throw new IllegalArgumentException("The vocabulary has no " + token);
		}
		return id;
	}

	/** The token ids of a text: [CLS], its word pieces (cut at the limit), [SEP]. */
	public long[] encode(String text) {
		var ids = new ArrayList<Integer>();
		ids.add(classify);
		outer: for (var word : words(normalize(text))) {
			for (var piece : pieces(word)) {
				if (ids.size() >= MAX_TOKENS - 1) {
					break outer;
				}
				ids.add(piece);
			}
		}
		ids.add(separate);
		return ids.stream().mapToLong(Integer::longValue).toArray();
	}

	/** Clean-up, CJK spacing, lower case without accents. */
	static String normalize(String text) {
		var cleaned = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (c == 0 || c == 0xFFFD || isControl(c)) {
				return;
			}
			if (isWhitespace(c)) {
				cleaned.append(' ');
			} else if (isCjk(c)) {
				cleaned.append(' ').appendCodePoint(c).append(' ');
			} else {
				cleaned.appendCodePoint(c);
			}
		});
		var lower = cleaned.toString().toLowerCase(Locale.ROOT);
		var decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
		var stripped = new StringBuilder(decomposed.length());
		decomposed.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(stripped::appendCodePoint);
		return stripped.toString();
	}

	/** Words: split at blanks, each punctuation character a word of its own. */
	static List<String> words(String text) {
		var words = new ArrayList<String>();
		var word = new StringBuilder();
		text.codePoints().forEach(c -> {
			if (c == ' ') {
				flush(word, words);
			} else if (isPunctuation(c)) {
				flush(word, words);
				words.add(new String(Character.toChars(c)));
			} else {
				word.appendCodePoint(c);
			}
		});
		flush(word, words);
		return words;
	}

	private static void flush(StringBuilder word, List<String> words) {
		if (word.length() > 0) {
			words.add(word.toString());
			word.setLength(0);
		}
	}

	/** Greedy longest match from the left; a word that cannot be cut is [UNK]. */
	List<Integer> pieces(String word) {
		if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
			return List.of(unknown);
		}
		var pieces = new ArrayList<Integer>();
		int start = 0;
		while (start < word.length()) {
			int end = word.length();
			Integer found = null;
			while (start < end) {
				var candidate = (start > 0 ? "##" : "") + word.substring(start, end);
				found = vocabulary.get(candidate);
				if (found != null) {
					break;
				}
				end = word.offsetByCodePoints(end, -1);
			}
			if (found == null) {
				return List.of(unknown);
			}
			pieces.add(found);
			start = end;
		}
		return pieces;
	}

	private static boolean isWhitespace(int c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR;
	}

	private static boolean isControl(int c) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return false;
		}
		var type = Character.getType(c);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
				|| type == Character.SURROGATE || type == Character.UNASSIGNED;
	}

	static boolean isPunctuation(int c) {
		if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
			return true;
		}
		return switch (Character.getType(c)) {
		case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
				Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
				Character.OTHER_PUNCTUATION -> true;
		default -> false;
		};
	}

	private static boolean isCjk(int c) {
		return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
				|| (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF)
				|| (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
	}
}
