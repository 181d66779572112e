package dev.piassistant.core.checkpoint;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.plan.StepId;

/**
 * What to keep before a write: the files it may touch (absolute paths; files that do not exist yet are kept as
 * absent, so that undo deletes what the agent created and nothing else), and which action they belong to.
 *
 * @param step   the plan step the write serves; null when the task has no plan
 * @param callId the tool call that writes; null for writes outside tool calls (accepted edits)
 * @param label  a few words for the user: "write_file src/Main.java"
 */
public record CheckpointRequest(SessionId session, TaskId task, @Nullable StepId step, @Nullable String callId, String label,
		List<Path> files) {

	public CheckpointRequest {
		Objects.requireNonNull(session, "session");
		Objects.requireNonNull(task, "task");
		Objects.requireNonNull(label, "label");
		files = List.copyOf(files);
		if (files.isEmpty()) {
			throw new IllegalArgumentException("a checkpoint needs at least one file");
		}
		for (var file : files) {
			if (!file.isAbsolute()) {
				throw new IllegalArgumentException("checkpoint paths must be absolute: " + file);
			}
		}
	}
}
