package dev.piassistant.core.memory;

import java.util.List;

/**
 * Turns text into vectors whose dot product tells how close in meaning two texts are. Install one (the optional
 * semantic feature) for search by meaning; without one the memory searches by keywords and the graph.
 */
public interface Embedder {

	/** Names the model: vectors of different models are never compared. */
	String model();

	int dimensions();

	/**
	 * Unit-length vectors, one per text, in order. Only the beginning of a long text counts (the model reads a
	 * limited number of word pieces), so put what matters first.
	 */
	List<float[]> embed(List<String> texts);
}
