package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.SessionId;

/** The user gave the conversation a title of their own; it replaces the one taken from its first message. */
public record SessionRenamed(SessionId session, Instant at, String title) implements AgentEvent {
}
