package dev.piassistant.core.training;

import java.nio.file.Path;
import java.util.Objects;

/** A checkpoint of a run on disk: the parameters after an epoch. */
public record Checkpoint(int epoch, Path file, long bytes, boolean best) {

	public Checkpoint {
		Objects.requireNonNull(file, "file");
	}
}
