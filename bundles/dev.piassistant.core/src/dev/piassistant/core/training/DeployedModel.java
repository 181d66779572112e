package dev.piassistant.core.training;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A model deployed as an agent tool. Each deploy under a name adds a version; the newest is active.
 *
 * @param toolName  {@code classify_<name>} or {@code predict_<name>}
 * @param inputs    the columns a prediction needs ({@code text} for a text classifier)
 * @param labels    the classes it predicts (empty for regression)
 * @param directory its parameters, preprocessing and model card
 */
public record DeployedModel(String name, int version, RunId run, String toolName, TaskType taskType, List<String> inputs,
		List<String> labels, Path directory, Instant deployedAt, boolean active) {

	public DeployedModel {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(run, "run");
		Objects.requireNonNull(toolName, "toolName");
		Objects.requireNonNull(taskType, "taskType");
		inputs = List.copyOf(inputs);
		labels = List.copyOf(labels);
		Objects.requireNonNull(directory, "directory");
		Objects.requireNonNull(deployedAt, "deployedAt");
	}

	/** The model card, in markdown. */
	public Path card() {
		return directory.resolve("MODEL_CARD.md");
	}
}
