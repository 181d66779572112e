package dev.piassistant.core.training;

import java.time.Instant;
import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.inference.Device;

/**
 * A run as the store keeps it.
 *
 * @param epochs      epochs completed
 * @param bestEpoch   the epoch with the best validation loss, 0 before the first
 * @param stoppedEarly whether early stopping ended it
 * @param test        the best checkpoint on the test split, once it ended with one
 * @param problem     why it failed
 */
public record RunSummary(RunId id, String name, TaskType taskType, String dataset, @Nullable String labelColumn, RunState state,
		Hyperparameters hyperparameters, DatasetInfo data, Device device, Instant started, @Nullable Instant ended, int epochs,
		int bestEpoch, boolean stoppedEarly, @Nullable Evaluation test, @Nullable String problem) {

	public RunSummary {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(taskType, "taskType");
		Objects.requireNonNull(dataset, "dataset");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(hyperparameters, "hyperparameters");
		Objects.requireNonNull(data, "data");
		Objects.requireNonNull(device, "device");
		Objects.requireNonNull(started, "started");
	}
}
