package dev.piassistant.memory.internal.search;

import dev.piassistant.core.memory.Embedder;

/** Search by meaning: the installed model and the vectors of the chunks it embedded, in memory. */
public record Semantic(Embedder embedder, VectorIndex vectors) {

	public float[] embed(String text) {
		return embedder.embed(java.util.List.of(text)).get(0);
	}
}
