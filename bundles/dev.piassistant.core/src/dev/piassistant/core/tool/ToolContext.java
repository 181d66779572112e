package dev.piassistant.core.tool;

import java.nio.file.Path;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.event.ToolEvent;

/** Where a tool call runs and how it learns that it should stop. */
public interface ToolContext {

	SessionId session();

	TaskId task();

	/** The folder the task works in: the Eclipse workspace root, or the command line's workspace. */
	Path workspace();

	/** Whether the user stopped the task; a tool should return soon after this turns true. */
	boolean isCancelled();

	/**
	 * Runs {@code action} when the task is stopped (at once if it already is): for work that cannot poll,
	 * such as a process to kill.
	 */
	void onCancel(Runnable action);

	/** Tells the user what the tool is doing now; shown in the Progress view and on the terminal. */
	void progress(String message);

	/**
	 * Appends an event of this call to the task's log, where the views and the command line follow it: the change
	 * set it proposes, how the review ended. Contexts without a log ignore it.
	 */
	default void record(ToolEvent event) {
	}
}
