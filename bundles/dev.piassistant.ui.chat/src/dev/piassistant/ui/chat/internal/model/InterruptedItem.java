package dev.piassistant.ui.chat.internal.model;

import dev.piassistant.core.TaskId;

/**
 * A task that was running when the IDE closed or was killed, and has not ended.
 *
 * @param canResume whether Resume is possible now (nothing else runs in the session)
 */
public record InterruptedItem(TaskId task, boolean canResume) implements TranscriptItem {

	@Override
	public String key() {
		return "interrupted:" + task;
	}
}
