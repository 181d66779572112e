package dev.piassistant.core.agent;

import java.util.List;
import java.util.Optional;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.SessionSummary;

/** Runs the agent: sessions of conversation and the tasks within them. */
public interface AgentService {

	/** Starts an empty session. */
	SessionId newSession();

	/** The most recently active session, to reopen where the user left off. */
	Optional<SessionId> latestSession();

	List<SessionSummary> sessions();

	/** Everything that happened in a session, oldest first. */
	List<AgentEvent> history(SessionId session);

	/**
	 * Starts a task. Returns at once; progress arrives through the listeners and the event log.
	 *
	 * @throws IllegalStateException when the session is already running a task
	 */
	TaskHandle start(TaskRequest request);

	/** The running task of a session, if any. */
	Optional<TaskHandle> running(SessionId session);

	void addListener(AgentListener listener);

	void removeListener(AgentListener listener);
}
