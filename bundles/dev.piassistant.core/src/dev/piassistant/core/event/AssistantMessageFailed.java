package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.llm.ProviderError;

/** The answer failed; what had arrived before the failure is kept. */
public record AssistantMessageFailed(SessionId session, Instant at, MessageId message, String partialText,
		ProviderError error) implements AssistantMessageEnded {

	@Override
	public String text() {
		return partialText;
	}
}
