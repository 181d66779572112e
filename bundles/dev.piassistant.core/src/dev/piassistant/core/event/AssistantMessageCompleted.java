package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.llm.TokenUsage;

/** The assistant's answer is complete. */
public record AssistantMessageCompleted(SessionId session, Instant at, MessageId message, String text,
		TokenUsage usage) implements AssistantMessageEnded {
}
