package dev.piassistant.core.llm;

import java.util.List;
import java.util.Objects;

/** A conversation to be answered by one model. */
public record ChatRequest(ModelRef model, List<ChatMessage> messages) {

	public ChatRequest {
		Objects.requireNonNull(model, "model");
		messages = List.copyOf(messages);
		if (messages.isEmpty()) {
			throw new IllegalArgumentException("A chat request needs at least one message");
		}
	}
}
