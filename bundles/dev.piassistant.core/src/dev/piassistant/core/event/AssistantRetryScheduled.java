package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.llm.ProviderError;

/** The provider failed transiently; the request is sent again after {@code delaySeconds}. */
public record AssistantRetryScheduled(SessionId session, Instant at, MessageId message, ProviderError cause,
		long delaySeconds, int attempt) implements AgentEvent {
}
