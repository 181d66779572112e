package dev.piassistant.planning.internal.loop;

import java.nio.file.Path;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.event.ToolEvent;
import dev.piassistant.core.tool.ToolContext;

/** What a tool handler sees of its task. */
final class CallContext implements ToolContext {

	private final TaskContext task;

	CallContext(TaskContext task) {
		this.task = task;
	}

	@Override
	public SessionId session() {
		return task.session;
	}

	@Override
	public TaskId task() {
		return task.task;
	}

	@Override
	public Path workspace() {
		return task.services.workspace();
	}

	@Override
	public boolean isCancelled() {
		return task.cancel.isCancelled();
	}

	@Override
	public void onCancel(Runnable action) {
		task.cancel.onCancel(action);
	}

	@Override
	public void progress(String message) {
		task.progress(message);
	}

	@Override
	public void record(ToolEvent event) {
		if (!event.task().equals(task.task) || !event.session().equals(task.session)) {
			throw new IllegalArgumentException("A tool records events of its own task only.");
		}
		task.recorder.record(event);
	}
}
