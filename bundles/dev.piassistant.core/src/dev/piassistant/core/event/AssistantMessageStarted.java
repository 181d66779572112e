package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.llm.ModelRef;

/** The assistant began answering {@code replyTo} with {@code model}. */
public record AssistantMessageStarted(SessionId session, Instant at, MessageId message, MessageId replyTo,
		ModelRef model) implements AgentEvent {
}
