package dev.piassistant.training.internal.learn;

import java.util.List;

import dev.piassistant.core.training.Hyperparameters;
import dev.piassistant.core.training.Overrides;
import dev.piassistant.core.training.Schedule;
import dev.piassistant.core.training.TaskType;

/**
 * Chooses the network and how to train it from the task and the size of the training split; every choice
 * can be overridden. The rules (n = training rows):
 * <table>
 * <tr><th></th><th>n &lt; 1,000</th><th>n &lt; 10,000</th><th>n &lt; 100,000</th><th>more</th></tr>
 * <tr><td>table: hidden layers</td><td>64</td><td>128, 64</td><td>256, 128</td><td>512, 256</td></tr>
 * <tr><td>text: hidden layers</td><td>none (linear)</td><td>64</td><td>128</td><td>256</td></tr>
 * <tr><td>text: vocabulary</td><td>5,000</td><td>20,000</td><td>50,000</td><td>100,000</td></tr>
 * <tr><td>batch size</td><td>16</td><td>32</td><td>64</td><td>128</td></tr>
 * <tr><td>most epochs</td><td>400</td><td>200</td><td>60</td><td>30</td></tr>
 * <tr><td>patience</td><td>40</td><td>20</td><td>8</td><td>5</td></tr>
 * <tr><td>dropout</td><td>0</td><td>0.1</td><td>0.1</td><td>0.2</td></tr>
 * </table>
 * Always: Adam at a peak learning rate of 0.003 (0.01 for a linear model), linear warm-up over the first
 * {@value #WARMUP_EPOCHS} epochs then cosine decay to a hundredth; weight decay 0.0001; early stopping on the
 * validation loss; seed 42. Small datasets get many cheap epochs and much patience, since an epoch of a few
 * hundred rows takes milliseconds; large ones few epochs, since each costs minutes.
 */
public final class Rules {

	static final int WARMUP_EPOCHS = 5;
	static final long SEED = 42;

	private Rules() {
	}

	public static Hyperparameters choose(TaskType task, int trainRows, Overrides overrides) {
		int size = trainRows < 1_000 ? 0 : trainRows < 10_000 ? 1 : trainRows < 100_000 ? 2 : 3;
		var hidden = task == TaskType.TEXT_CLASSIFICATION ? TEXT_HIDDEN.get(size) : TABLE_HIDDEN.get(size);
		hidden = overrides.hidden() != null ? overrides.hidden() : hidden;
		var rate = hidden.isEmpty() ? 0.01 : 0.003;
		int epochs = pick(overrides.maxEpochs(), EPOCHS[size]);
		int warmup = Math.min(WARMUP_EPOCHS, Math.max(0, epochs / 10));
		return new Hyperparameters(hidden, epochs, pick(overrides.batchSize(), BATCH[size]), pick(overrides.learningRate(), rate),
				overrides.schedule() != null ? overrides.schedule() : Schedule.WARMUP_COSINE, warmup,
				pick(overrides.patience(), PATIENCE[size]), 1e-4, hidden.isEmpty() ? 0 : DROPOUT[size],
				task == TaskType.TEXT_CLASSIFICATION ? VOCABULARY[size] : 0, overrides.seed() != null ? overrides.seed() : SEED);
	}

	private static final List<List<Integer>> TABLE_HIDDEN = List.of(List.of(64), List.of(128, 64), List.of(256, 128), List.of(512, 256));
	private static final List<List<Integer>> TEXT_HIDDEN = List.of(List.of(), List.of(64), List.of(128), List.of(256));
	private static final int[] VOCABULARY = { 5_000, 20_000, 50_000, 100_000 };
	private static final int[] BATCH = { 16, 32, 64, 128 };
	private static final int[] EPOCHS = { 400, 200, 60, 30 };
	private static final int[] PATIENCE = { 40, 20, 8, 5 };
	private static final double[] DROPOUT = { 0, 0.1, 0.1, 0.2 };

	private static <T> T pick(T override, T rule) {
		return override != null ? override : rule;
	}
}
