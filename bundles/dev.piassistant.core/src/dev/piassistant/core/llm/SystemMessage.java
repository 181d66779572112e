package dev.piassistant.core.llm;

import java.util.Objects;

/** Instructions for the model, sent first. */
public record SystemMessage(String text) implements ChatMessage {

	public SystemMessage {
		Objects.requireNonNull(text, "text");
	}
}
