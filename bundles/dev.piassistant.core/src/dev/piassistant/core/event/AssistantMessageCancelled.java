package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;

/** The user stopped the answer; what had arrived is kept. */
public record AssistantMessageCancelled(SessionId session, Instant at, MessageId message, String partialText)
		implements AssistantMessageEnded {

	@Override
	public String text() {
		return partialText;
	}
}
