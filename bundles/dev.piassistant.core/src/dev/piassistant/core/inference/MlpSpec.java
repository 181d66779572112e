package dev.piassistant.core.inference;

import java.util.List;

/**
 * A multilayer perceptron: fully connected layers with ReLU between them, dropout after each hidden layer
 * while training. With no hidden layers it is a linear model.
 *
 * @param inputs  features in
 * @param hidden  widths of the hidden layers, first to last
 * @param outputs classes (scores out) or 1 for a regression
 * @param dropout share of a hidden layer's units dropped while training, 0 for none
 */
public record MlpSpec(int inputs, List<Integer> hidden, int outputs, double dropout) {

	public MlpSpec {
		hidden = List.copyOf(hidden);
		if (inputs < 1 || outputs < 1 || hidden.stream().anyMatch(width -> width < 1)) {
			throw new IllegalArgumentException("layers need at least one unit: " + inputs + " " + hidden + " " + outputs);
		}
		if (dropout < 0 || dropout >= 1) {
			throw new IllegalArgumentException("dropout must be in [0, 1): " + dropout);
		}
	}

	/** Weights and biases. */
	public long parameters() {
		long count = 0;
		int in = inputs;
		for (int width : hidden) {
			count += (long) in * width + width;
			in = width;
		}
		return count + (long) in * outputs + outputs;
	}

	/** The memory the parameters take as 32-bit floats. */
	public long parameterBytes() {
		return parameters() * Float.BYTES;
	}
}
