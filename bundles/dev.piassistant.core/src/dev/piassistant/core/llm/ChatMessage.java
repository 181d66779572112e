package dev.piassistant.core.llm;

import java.util.Objects;

/** One message of the conversation sent to a model. */
public record ChatMessage(ChatRole role, String text) {

	public ChatMessage {
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(text, "text");
	}

	public static ChatMessage user(String text) {
		return new ChatMessage(ChatRole.USER, text);
	}

	public static ChatMessage assistant(String text) {
		return new ChatMessage(ChatRole.ASSISTANT, text);
	}

	public static ChatMessage system(String text) {
		return new ChatMessage(ChatRole.SYSTEM, text);
	}
}
