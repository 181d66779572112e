package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.SessionId;

/** A new conversation began. */
public record SessionStarted(SessionId session, Instant at, String title) implements AgentEvent {
}
