package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;

/**
 * Older turns of the conversation were replaced by a summary to stay within the model's context window.
 *
 * @param coveredMessages how many of the oldest messages (after the instructions) the summary replaces
 */
public record ContextCompacted(SessionId session, Instant at, TaskId task, String summary, int coveredMessages,
		long tokensBefore, long tokensAfter) implements TaskEvent {
}
