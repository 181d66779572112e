package dev.piassistant.memory.internal.text;

import java.util.HashMap;
import java.util.Map;

/**
 * A chunk's words as the keyword index counts them: each distinct token (see {@link Tokens}) with how often it
 * occurs, a title's words counting {@value #TITLE_WEIGHT} times, and the chunk's length in tokens. Worked out where
 * there are threads to spare (the index run's reading threads), so that keeping the index in step is only filing them.
 */
public final class ChunkTerms {

	public static final int TITLE_WEIGHT = 4;

	/** Tokenizers keep stems they made, and are not thread-safe: one per thread. */
	private static final ThreadLocal<Tokens> TOKENS = ThreadLocal.withInitial(Tokens::new);

	private final String[] tokens;
	private final int[] counts;
	private final int length;

	private ChunkTerms(String[] tokens, int[] counts, int length) {
		this.tokens = tokens;
		this.counts = counts;
		this.length = length;
	}

	/** The terms of a chunk's title and text, each as the full-text index would see it. */
	public static ChunkTerms of(String title, String text) {
		var counted = new HashMap<String, int[]>();
		var length = new int[1];
		var tokenizer = TOKENS.get();
		tokenizer.eachIndexed(title, token -> {
			counted.computeIfAbsent(token, t -> new int[1])[0] += TITLE_WEIGHT;
			length[0]++;
		});
		tokenizer.eachIndexed(text, token -> {
			counted.computeIfAbsent(token, t -> new int[1])[0]++;
			length[0]++;
		});
		var tokens = new String[counted.size()];
		var counts = new int[counted.size()];
		int i = 0;
		for (Map.Entry<String, int[]> entry : counted.entrySet()) {
			tokens[i] = entry.getKey();
			counts[i++] = entry.getValue()[0];
		}
		return new ChunkTerms(tokens, counts, length[0]);
	}

	public int size() {
		return tokens.length;
	}

	public String token(int i) {
		return tokens[i];
	}

	public int count(int i) {
		return counts[i];
	}

	/** How many tokens the chunk has, repeats and title weight included. */
	public int length() {
		return length;
	}
}
