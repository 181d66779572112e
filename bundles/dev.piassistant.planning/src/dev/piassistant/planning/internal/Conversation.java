package dev.piassistant.planning.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.AssistantMessageEnded;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.UserMessageSent;
import dev.piassistant.core.llm.ChatMessage;

/**
 * Rebuilds what the model is told from the event log: the user's messages and the assistant's answers, in
 * order. What a stopped or failed answer had said is kept, since the user saw it and may refer to it.
 */
final class Conversation {

	static final String SYSTEM_PROMPT = """
			You are Pi Assistant, a coding agent inside the Eclipse IDE. Answer precisely and concisely. \
			Use Markdown; put code in fenced blocks with the language named.""";

	private Conversation() {
	}

	static List<ChatMessage> from(List<AgentEvent> events) {
		var messages = new ArrayList<ChatMessage>();
		messages.add(ChatMessage.system(SYSTEM_PROMPT));
		var answerSlots = new HashMap<MessageId, Integer>();
		for (var event : events) {
			if (event instanceof UserMessageSent sent) {
				messages.add(ChatMessage.user(sent.text()));
			} else if (event instanceof AssistantMessageStarted started) {
				answerSlots.put(started.message(), messages.size());
				messages.add(ChatMessage.assistant(""));
			} else if (event instanceof AssistantMessageEnded ended && answerSlots.containsKey(ended.message())) {
				messages.set(answerSlots.get(ended.message()), ChatMessage.assistant(ended.text()));
			}
		}
		messages.removeIf(message -> message.text().isBlank());
		return messages;
	}
}
