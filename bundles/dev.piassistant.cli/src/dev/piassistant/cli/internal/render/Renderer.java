package dev.piassistant.cli.internal.render;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.event.AgentEvent;

/** Shows a session's events as they happen. Called on the agent's threads, after the {@link TaskView} has the event. */
public interface Renderer {

	void event(AgentEvent event);

	/** More text of an answer. */
	default void textDelta(MessageId message, String delta) {
	}

	/** Shows nothing: {@code --quiet} prints only the final answer, which the command does itself. */
	Renderer NONE = event -> {
	};
}
