package dev.piassistant.core.plan;

import java.util.Objects;

/** Identifies a step within its task's plan, across revisions: a step keeps its id when moved or edited. */
public record StepId(String value) {

	public StepId {
		Objects.requireNonNull(value, "value");
		if (value.isBlank()) {
			throw new IllegalArgumentException("step id must not be blank");
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
