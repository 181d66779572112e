package dev.piassistant.core.llm;

import java.util.Objects;

/** A model as offered by one configured provider. */
public record ModelRef(String providerId, String model) {

	public ModelRef {
		Objects.requireNonNull(providerId, "providerId");
		Objects.requireNonNull(model, "model");
		if (model.isBlank()) {
			throw new IllegalArgumentException("model must not be blank");
		}
	}
}
