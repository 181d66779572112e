package dev.piassistant.core.llm;

import java.util.Objects;

/**
 * What a tool returned for one of the model's tool calls.
 *
 * @param callId   the {@link ToolCall#id()} this answers
 * @param toolName the tool's name (Ollama matches results by name)
 * @param content  the result as the model reads it
 * @param isError  whether the call failed; the content then says why
 */
public record ToolResultMessage(String callId, String toolName, String content, boolean isError) implements ChatMessage {

	public ToolResultMessage {
		Objects.requireNonNull(callId, "callId");
		Objects.requireNonNull(toolName, "toolName");
		content = content == null ? "" : content;
	}
}
