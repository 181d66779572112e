package dev.piassistant.core.training;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

/**
 * What the user sets instead of the rules' choice; {@code null} keeps the rule. See {@link Hyperparameters}.
 */
public record Overrides(@Nullable List<Integer> hidden, @Nullable Integer maxEpochs, @Nullable Integer batchSize,
		@Nullable Double learningRate, @Nullable Schedule schedule, @Nullable Integer patience, @Nullable Long seed) {

	public static final Overrides NONE = new Overrides(null, null, null, null, null, null, null);

	public Overrides withMaxEpochs(int epochs) {
		return new Overrides(hidden, epochs, batchSize, learningRate, schedule, patience, seed);
	}

	public Overrides withPatience(int epochs) {
		return new Overrides(hidden, maxEpochs, batchSize, learningRate, schedule, epochs, seed);
	}

	public Overrides withHidden(List<Integer> widths) {
		return new Overrides(widths, maxEpochs, batchSize, learningRate, schedule, patience, seed);
	}

	public Overrides withLearningRate(double rate) {
		return new Overrides(hidden, maxEpochs, batchSize, rate, schedule, patience, seed);
	}

	public Overrides withBatchSize(int rows) {
		return new Overrides(hidden, maxEpochs, rows, learningRate, schedule, patience, seed);
	}

	public Overrides withSchedule(Schedule value) {
		return new Overrides(hidden, maxEpochs, batchSize, learningRate, value, patience, seed);
	}

	public Overrides withSeed(long value) {
		return new Overrides(hidden, maxEpochs, batchSize, learningRate, schedule, patience, value);
	}
}
