package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.SessionId;

/**
 * Something that happened in a session. Events are immutable and appended in order; the simple class
 * names of the records are their names in the log, so a record is never renamed, only added.
 */
public sealed interface AgentEvent
		permits SessionStarted, SessionRenamed, SessionDeleted, UserMessageSent, AssistantMessageStarted, AssistantRetryScheduled, AssistantMessageEnded,
		TaskEvent {

	SessionId session();

	Instant at();
}
