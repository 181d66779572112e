package dev.piassistant.core.event;

import dev.piassistant.core.agent.Spend;

/** The end of a task, however it ended, with what it spent. */
public sealed interface TaskEnded extends TaskEvent permits TaskCompleted, TaskFailed, TaskCancelled {

	Spend spent();
}
