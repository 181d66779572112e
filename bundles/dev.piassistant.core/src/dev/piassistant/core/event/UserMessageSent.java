package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;

/** The user sent a message. */
public record UserMessageSent(SessionId session, Instant at, MessageId message, String text) implements AgentEvent {
}
