package dev.piassistant.training.internal.learn;

import ai.djl.training.tracker.Tracker;
import dev.piassistant.core.training.Hyperparameters;
import dev.piassistant.core.training.Schedule;

/** The learning rate by update step, as DJL's trackers compute it. */
public final class Schedules {

	private Schedules() {
	}

	public static Tracker of(Hyperparameters hyperparameters, int stepsPerEpoch) {
		var peak = (float) hyperparameters.learningRate();
		if (hyperparameters.schedule() == Schedule.CONSTANT) {
			return Tracker.fixed(peak);
		}
		int warmup = hyperparameters.warmupEpochs() * stepsPerEpoch;
		int decay = Math.max(1, (hyperparameters.maxEpochs() - hyperparameters.warmupEpochs()) * stepsPerEpoch);
		var cosine = Tracker.cosine().setBaseValue(peak).optFinalValue(peak / 100).setMaxUpdates(decay).build();
		if (warmup == 0) {
			return cosine;
		}
		return Tracker.warmUp().setMainTracker(cosine).optWarmUpSteps(warmup).optWarmUpBeginValue(peak / 10).build();
	}
}
