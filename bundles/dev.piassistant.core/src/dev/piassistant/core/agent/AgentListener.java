package dev.piassistant.core.agent;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.event.AgentEvent;

/**
 * Follows the agent live. Called on worker threads; UI listeners must hand over to the display thread. Added with
 * {@link AgentService#addListener}, or offered as an OSGi service, which the agent takes up when it starts.
 */
public interface AgentListener {

	/** An event was appended to the log. */
	void onEvent(AgentEvent event);

	/** More text of an answer arrived. Not logged: the whole text is, in the completing event. */
	default void onTextDelta(SessionId session, MessageId message, String delta) {
	}

	/** More of the thinking shown before an answer arrived. Not logged either, but kept with the answer. */
	default void onThinkingDelta(SessionId session, MessageId message, String delta) {
	}
}
