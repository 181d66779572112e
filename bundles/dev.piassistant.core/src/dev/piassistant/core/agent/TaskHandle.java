package dev.piassistant.core.agent;

import java.util.concurrent.CompletionStage;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.event.AgentEvent;

/** A task under way. */
public interface TaskHandle {

	/** The assistant message this task produces. */
	MessageId reply();

	/** The answer's text so far, for a view that opens while it streams. */
	String textSoFar();

	/** Stops the task; what was already produced is kept in the log. */
	void cancel();

	/** Completes with the event that ended the task (completed, cancelled or failed). */
	CompletionStage<AgentEvent> outcome();
}
