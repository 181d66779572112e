package dev.piassistant.core.training;

import java.util.Objects;
import java.util.UUID;

/** One training run. */
public record RunId(String value) {

	public RunId {
		Objects.requireNonNull(value, "value");
		if (value.isBlank()) {
			throw new IllegalArgumentException("run id must not be blank");
		}
	}

	public static RunId random() {
		return new RunId(UUID.randomUUID().toString());
	}

	/** The first eight characters, enough to tell runs apart on screen. */
	public String shortForm() {
		return value.length() <= 8 ? value : value.substring(0, 8);
	}

	@Override
	public String toString() {
		return value;
	}
}
