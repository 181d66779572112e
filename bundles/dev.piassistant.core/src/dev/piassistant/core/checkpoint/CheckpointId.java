package dev.piassistant.core.checkpoint;

import java.util.Objects;
import java.util.UUID;

/** One checkpoint: the state of some files before one write (or one restore). */
public record CheckpointId(String value) {

	public CheckpointId {
		Objects.requireNonNull(value, "value");
		if (value.isBlank()) {
			throw new IllegalArgumentException("checkpoint id must not be blank");
		}
	}

	public static CheckpointId random() {
		return new CheckpointId(UUID.randomUUID().toString());
	}

	@Override
	public String toString() {
		return value;
	}
}
