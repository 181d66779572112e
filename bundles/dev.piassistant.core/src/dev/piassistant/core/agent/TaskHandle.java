package dev.piassistant.core.agent;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.event.TaskEnded;

/** A task under way. */
public interface TaskHandle {

	SessionId session();

	TaskId task();

	/** The answer being streamed now, if any, for a view that opens mid-answer. */
	Optional<Streaming> streaming();

	/** Stops the task; what was already produced is kept in the log. */
	void cancel();

	/** Completes with the event that ended the task. */
	CompletionStage<TaskEnded> outcome();

	/** The text of an answer so far. */
	record Streaming(MessageId message, String text, String thinking) {
	}
}
