package dev.piassistant.core.llm;

import java.util.Objects;

/** What the user (or the agent speaking for the user) said. */
public record UserMessage(String text) implements ChatMessage {

	public UserMessage {
		Objects.requireNonNull(text, "text");
	}
}
