package dev.piassistant.core.checkpoint;

import java.util.Objects;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.plan.StepId;

/** What to undo: every file the chosen checkpoints kept goes back to its state before the first of them. */
public sealed interface UndoTarget {

	/** The latest checkpoint of the session (an action, or a restore: undoing an undo). */
	record LastAction(SessionId session) implements UndoTarget {
		public LastAction {
			Objects.requireNonNull(session, "session");
		}
	}

	/** One action, by its checkpoint. */
	record Action(CheckpointId checkpoint) implements UndoTarget {
		public Action {
			Objects.requireNonNull(checkpoint, "checkpoint");
		}
	}

	/** Every action of a plan step. */
	record Step(TaskId task, StepId step) implements UndoTarget {
		public Step {
			Objects.requireNonNull(task, "task");
			Objects.requireNonNull(step, "step");
		}
	}

	/** Every action of a task. */
	record Task(TaskId task) implements UndoTarget {
		public Task {
			Objects.requireNonNull(task, "task");
		}
	}
}
