package dev.piassistant.core.event;

import dev.piassistant.core.MessageId;

/** The end of an answer, however it ended; {@link #text()} is what the user saw of it. */
public sealed interface AssistantMessageEnded extends AgentEvent
		permits AssistantMessageCompleted, AssistantMessageCancelled, AssistantMessageFailed {

	MessageId message();

	String text();
}
