package dev.piassistant.core.llm;

import java.util.Objects;

/** A model as offered by one configured provider. */
public record ModelRef(String providerId, String model) {

	public ModelRef {
		Objects.requireNonNull(providerId, "providerId");
		Objects.requireNonNull(model, "model");
		if (model.isBlank()) {
			throw new IllegalArgumentException("No model is selected. Pick a model in the Agent view or set a default model for the provider.");
		}
	}
}
