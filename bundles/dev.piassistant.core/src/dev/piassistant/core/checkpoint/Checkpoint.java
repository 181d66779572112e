package dev.piassistant.core.checkpoint;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.plan.StepId;

/**
 * The kept state of some files before an action of the agent, or before a restore (so that the restore can be
 * undone in turn).
 *
 * @param written whether the action's result was recorded too ({@link Checkpoints#written}); without it a
 *                restore cannot tell the agent's changes from the user's, and stops on every changed file
 */
public record Checkpoint(CheckpointId id, SessionId session, TaskId task, @Nullable StepId step, @Nullable String callId,
		Kind kind, Instant at, String label, List<Path> files, boolean written) {

	/** What the checkpoint was taken before. */
	public enum Kind {
		/** A write of the agent. */
		ACTION,
		/** A restore (an undo), which can itself be undone. */
		RESTORE
	}

	public Checkpoint {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(session, "session");
		Objects.requireNonNull(task, "task");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(label, "label");
		files = List.copyOf(files);
	}
}
