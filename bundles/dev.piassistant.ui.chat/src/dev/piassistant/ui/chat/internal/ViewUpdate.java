package dev.piassistant.ui.chat.internal;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.event.AgentEvent;

/** What the agent reports to the view, in order, through the display pump. */
sealed interface ViewUpdate {

	SessionId session();

	/** An event was logged. */
	record Logged(AgentEvent event) implements ViewUpdate {
		@Override
		public SessionId session() {
			return event.session();
		}
	}

	/** More text arrived for an answer; the view reads the whole text so far from the task. */
	record MoreText(SessionId session, MessageId message) implements ViewUpdate {
	}
}
