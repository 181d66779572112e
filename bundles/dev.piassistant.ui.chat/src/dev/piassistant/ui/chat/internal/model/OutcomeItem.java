package dev.piassistant.ui.chat.internal.model;

import java.time.Duration;

import dev.piassistant.core.TaskId;
import dev.piassistant.core.event.TaskEnded;

/**
 * How a task ended: done, failed (with the problem) or stopped, with what it spent.
 *
 * @param toolCalls how many tools it called
 * @param prompt    what the user asked, for Send again
 * @param undoable  whether it changed files under checkpoints, so that the whole task can be undone
 */
public record OutcomeItem(TaskId task, TaskEnded ended, Duration took, int toolCalls, String prompt, boolean undoable) implements TranscriptItem {

	@Override
	public String key() {
		return "outcome:" + task;
	}
}
