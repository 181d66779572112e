package dev.piassistant.planning.internal.loop;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.TaskSettings;

/** Makes task runs; keeps the loop's parts package-private. */
public final class TaskRuns {

	private TaskRuns() {
	}

	/**
	 * A run of a task whose start (or earlier progress, when resuming) is already in the recorder's events.
	 *
	 * @param ending called just before the task's end is recorded, so the task no longer counts as running
	 *               when listeners hear of its end
	 */
	public static TaskRun create(LoopServices services, Recorder recorder, SessionId session, TaskId task,
			MessageId request, TaskSettings settings, boolean resuming, Runnable ending) {
		return new TaskRun(new TaskContext(services, recorder, session, task, request, settings), resuming, ending);
	}
}
