package dev.piassistant.ui.chat.internal;

import java.util.List;
import java.util.Optional;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.TaskHandle;
import dev.piassistant.core.event.AgentEvent;

/** What reaches the view through the display pump, in order. */
sealed interface ViewUpdate {

	/** An event was logged. */
	record Logged(AgentEvent event) implements ViewUpdate {
	}

	/** More text of an answer arrived. */
	record Text(SessionId session, MessageId message, String delta) implements ViewUpdate {
	}

	/** More thinking of an answer arrived. */
	record Thinking(SessionId session, MessageId message, String delta) implements ViewUpdate {
	}

	/**
	 * A session was read from the log. It comes through the pump too, so that it is applied in order with
	 * the events and text heard while it was read.
	 *
	 * @param request which load this is; a later request makes it stale
	 */
	record Loaded(int request, Optional<Session> session) implements ViewUpdate {
	}

	/** A session as read: its history, and its running task with the answer it streams, if any. */
	record Session(SessionId id, List<AgentEvent> history, Optional<TaskId> running, Optional<TaskHandle.Streaming> streaming) {
	}
}
