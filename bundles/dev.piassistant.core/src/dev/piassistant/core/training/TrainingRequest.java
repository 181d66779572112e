package dev.piassistant.core.training;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A run to start.
 *
 * @param name        what the user calls the model, such as "support tickets"
 * @param dataset     a CSV, JSON or JSON Lines file, or a folder with a sub-folder of text files per label
 * @param labelColumn the column (field) to predict; not needed for a folder
 * @param textColumn  for text classification from a file, the column holding the text; {@code null} picks the
 *                    longest text column
 * @param taskType    {@code null} infers it from the label column (numbers with many values: regression)
 * @param overrides   hyperparameters the user chose instead of the rules
 */
public record TrainingRequest(String name, Path dataset, @Nullable String labelColumn, @Nullable String textColumn,
		@Nullable TaskType taskType, Overrides overrides) {

	public TrainingRequest {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(dataset, "dataset");
		Objects.requireNonNull(overrides, "overrides");
		if (name.isBlank()) {
			throw new IllegalArgumentException("a run needs a name");
		}
	}

	public TrainingRequest(String name, Path dataset, @Nullable String labelColumn, @Nullable TaskType taskType) {
		this(name, dataset, labelColumn, null, taskType, Overrides.NONE);
	}

	public TrainingRequest with(Overrides value) {
		return new TrainingRequest(name, dataset, labelColumn, textColumn, taskType, value);
	}
}
