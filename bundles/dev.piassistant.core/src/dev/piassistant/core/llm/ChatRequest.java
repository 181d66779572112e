package dev.piassistant.core.llm;

import java.util.List;
import java.util.Objects;

/**
 * A conversation to be answered by one model, with the tools it may call.
 *
 * @param maxOutputTokens the most tokens the answer may have, or 0 for the provider's default
 */
public record ChatRequest(ModelRef model, List<ChatMessage> messages, List<ToolSpec> tools, int maxOutputTokens) {

	public ChatRequest {
		Objects.requireNonNull(model, "model");
		messages = List.copyOf(messages);
		tools = tools == null ? List.of() : List.copyOf(tools);
		if (messages.isEmpty()) {
			throw new IllegalArgumentException("A chat request needs at least one message");
		}
		if (maxOutputTokens < 0) {
			throw new IllegalArgumentException("maxOutputTokens must be 0 (default) or positive");
		}
	}

	/** A plain conversation: no tools, the provider's default length. */
	public ChatRequest(ModelRef model, List<ChatMessage> messages) {
		this(model, messages, List.of(), 0);
	}
}
