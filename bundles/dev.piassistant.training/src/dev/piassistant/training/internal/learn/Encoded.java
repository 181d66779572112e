package dev.piassistant.training.internal.learn;

/**
 * A split as the network sees it: features per row, and per row the class index (classification) or the
 * standardised target (regression).
 */
public record Encoded(float[][] x, float[] y) {

	public int size() {
		return x.length;
	}
}
