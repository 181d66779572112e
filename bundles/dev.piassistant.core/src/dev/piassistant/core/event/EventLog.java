package dev.piassistant.core.event;

import java.util.List;
import java.util.Optional;

import dev.piassistant.core.SessionId;

/**
 * The append-only log of {@link AgentEvent}s, one per workspace. Appends are durable when the call returns.
 */
public interface EventLog {

	/**
	 * Appends an event.
	 *
	 * @return the event's position in the log, increasing with each append
	 * @throws EventLogException when the event could not be stored
	 */
	long append(AgentEvent event);

	/** The session's events, oldest first. */
	List<AgentEvent> read(SessionId session);

	/** All sessions, the one with the most recently appended event first. */
	List<SessionSummary> sessions();

	/** The most recently active session, if any. */
	default Optional<SessionId> latestSession() {
		return sessions().stream().findFirst().map(SessionSummary::session);
	}
}
