package dev.piassistant.core.event;

import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.checkpoint.CheckpointId;
import dev.piassistant.core.plan.StepId;

/**
 * The files a tool call will write were kept before it ran, so that it can be undone.
 *
 * @param files the files kept, as absolute paths
 */
public record CheckpointTaken(SessionId session, Instant at, TaskId task, @Nullable StepId step, String callId,
		CheckpointId checkpoint, List<String> files) implements TaskEvent {

	public CheckpointTaken {
		files = files == null ? List.of() : List.copyOf(files);
	}
}
