package dev.piassistant.planning.internal.context;

import java.util.List;

import dev.piassistant.core.llm.AssistantMessage;
import dev.piassistant.core.llm.ChatMessage;
import dev.piassistant.core.llm.SystemMessage;
import dev.piassistant.core.llm.ToolResultMessage;
import dev.piassistant.core.llm.UserMessage;

/** Messages written out as plain text, for a model asked to summarize them. */
public final class Transcript {

	private static final int MAX_RESULT = 6_000;

	private Transcript() {
	}

	public static String of(String earlierSummary, List<Conversation.Entry> entries) {
		var text = new StringBuilder();
		if (!earlierSummary.isBlank()) {
			text.append("Summary so far:\n").append(earlierSummary).append("\n\n");
		}
		entries.forEach(entry -> append(entry.message(), text));
		return text.toString();
	}

	private static void append(ChatMessage message, StringBuilder text) {
		if (message instanceof UserMessage user) {
			text.append("Instruction: ").append(user.text());
		} else if (message instanceof AssistantMessage assistant) {
			text.append("Agent: ").append(assistant.text());
			assistant.toolCalls().forEach(call -> text.append("\n  calls ").append(call.name()).append(' ').append(call.arguments()));
		} else if (message instanceof ToolResultMessage result) {
			var content = result.content().length() > MAX_RESULT ? result.content().substring(0, MAX_RESULT) + " [...]"
					: result.content();
			text.append("Result of ").append(result.toolName()).append(result.isError() ? " (failed)" : "").append(": ")
					.append(content);
		} else if (message instanceof SystemMessage system) {
			text.append(system.text());
		}
		text.append("\n\n");
	}
}
