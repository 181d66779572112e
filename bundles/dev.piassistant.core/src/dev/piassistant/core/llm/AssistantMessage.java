package dev.piassistant.core.llm;

import java.util.List;

/**
 * What the model answered: text, the reasoning it showed (thinking, may be empty) and the tools it asked
 * to call, in order.
 */
public record AssistantMessage(String text, String thinking, List<ToolCall> toolCalls) implements ChatMessage {

	public AssistantMessage {
		text = text == null ? "" : text;
		thinking = thinking == null ? "" : thinking;
		toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
	}

	public static AssistantMessage text(String text) {
		return new AssistantMessage(text, "", List.of());
	}

	public boolean hasToolCalls() {
		return !toolCalls.isEmpty();
	}
}
