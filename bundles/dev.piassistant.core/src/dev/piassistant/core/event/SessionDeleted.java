package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.SessionId;

/**
 * The user deleted the conversation: it is no longer listed among the sessions. Its events stay in the
 * append-only log (the audit trail keeps what the agent did), so this hides rather than erases.
 */
public record SessionDeleted(SessionId session, Instant at) implements AgentEvent {
}
