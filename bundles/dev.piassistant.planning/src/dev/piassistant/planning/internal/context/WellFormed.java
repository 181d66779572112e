package dev.piassistant.planning.internal.context;

import java.util.ArrayList;
import java.util.List;

import dev.piassistant.core.llm.AssistantMessage;
import dev.piassistant.core.llm.ChatMessage;
import dev.piassistant.core.llm.UserMessage;

/**
 * Makes a message list what strict chat templates (Gemma's, Mistral's) accept: user and assistant turns
 * alternate. Things said to the model on the user's side in a row (a summary, a step's instructions, the
 * user's guidance) become one user message, and plain answers in a row one assistant message.
 */
final class WellFormed {

	private WellFormed() {
	}

	static List<ChatMessage> of(List<ChatMessage> messages) {
		var result = new ArrayList<ChatMessage>(messages.size());
		for (var message : messages) {
			var previous = result.isEmpty() ? null : result.get(result.size() - 1);
			if (previous instanceof UserMessage earlier && message instanceof UserMessage later) {
				result.set(result.size() - 1, new UserMessage(earlier.text() + "\n\n" + later.text()));
			} else if (previous instanceof AssistantMessage earlier && !earlier.hasToolCalls()
					&& message instanceof AssistantMessage later) {
				result.set(result.size() - 1, new AssistantMessage(joined(earlier.text(), later.text()),
						joined(earlier.thinking(), later.thinking()), later.toolCalls()));
			} else {
				result.add(message);
			}
		}
		return result;
	}

	private static String joined(String first, String second) {
		return first.isEmpty() ? second : second.isEmpty() ? first : first + "\n\n" + second;
	}
}
