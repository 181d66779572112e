package dev.piassistant.core.training;

import java.util.List;
import java.util.Objects;

/**
 * How a run trains, as chosen from the dataset by the documented rules and then overridden by the user.
 *
 * @param hidden       widths of the hidden layers (none: a linear model)
 * @param maxEpochs    the most epochs; early stopping usually ends sooner
 * @param batchSize    rows per gradient step
 * @param learningRate the peak learning rate (Adam)
 * @param schedule     how the learning rate moves
 * @param warmupEpochs epochs of linear warm-up
 * @param patience     epochs without a better validation loss before training stops
 * @param weightDecay  L2 penalty on the weights
 * @param dropout      share of hidden units dropped while training
 * @param vocabulary   the most words kept as features of a text (0 for tabular data)
 * @param seed         seeds the split, the initial weights and the shuffling
 */
public record Hyperparameters(List<Integer> hidden, int maxEpochs, int batchSize, double learningRate, Schedule schedule,
		int warmupEpochs, int patience, double weightDecay, double dropout, int vocabulary, long seed) {

	public Hyperparameters {
		hidden = List.copyOf(hidden);
		Objects.requireNonNull(schedule, "schedule");
		if (maxEpochs < 1 || batchSize < 1 || patience < 1 || learningRate <= 0 || warmupEpochs < 0 || weightDecay < 0
				|| dropout < 0 || dropout >= 1 || vocabulary < 0 || hidden.stream().anyMatch(width -> width < 1)) {
			throw new IllegalArgumentException("hyperparameters out of range: " + hiddenText(hidden) + ", epochs " + maxEpochs
					+ ", batch " + batchSize + ", rate " + learningRate + ", patience " + patience);
		}
	}

	private static String hiddenText(List<Integer> hidden) {
		return "hidden " + hidden;
	}
}
