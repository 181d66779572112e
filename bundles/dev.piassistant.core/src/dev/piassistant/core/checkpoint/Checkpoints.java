package dev.piassistant.core.checkpoint;

import java.util.List;
import java.util.Optional;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;

/**
 * Keeps files before the agent writes them, and puts them back. Register one as an OSGi service; writers take a
 * checkpoint of exactly the files a write may touch, write, then record what they wrote:
 *
 * <pre>
 * var checkpoint = checkpoints.take(new CheckpointRequest(session, task, step, callId, "edit Main.java", files));
 * try {
 * 	// write the files
 * } finally {
 * 	checkpoints.written(checkpoint.id());
 * }
 * </pre>
 *
 * A restore puts back only the files of the chosen checkpoints: it never resets a branch or the index, never
 * removes untracked files and never deletes a file the agent did not create. A file changed since the agent
 * wrote it stops the restore ({@link RestoreMode#STOP_ON_CONFLICT}) unless a merge is asked for. Every restore
 * takes a checkpoint first, so it can be undone in turn.
 */
public interface Checkpoints {

	/**
	 * Keeps the current state of the request's files (content and executable bit, or that they do not exist).
	 *
	 * @throws CheckpointException when they cannot be kept; the write must not go ahead then
	 */
	Checkpoint take(CheckpointRequest request);

	/**
	 * Records what the write left in the checkpoint's files, so that a restore can tell later changes of the
	 * user from the agent's. Called once the write is over, whether it succeeded or not.
	 */
	void written(CheckpointId checkpoint);

	Optional<Checkpoint> find(CheckpointId checkpoint);

	/** The checkpoints of a task, oldest first. */
	List<Checkpoint> ofTask(TaskId task);

	/** The checkpoints of a session, oldest first. */
	List<Checkpoint> ofSession(SessionId session);

	/** What {@link #restore} would do now, changing nothing. */
	RestorePreview preview(UndoTarget target);

	/**
	 * Puts the target's files back to their state before its first checkpoint.
	 *
	 * @throws CheckpointException when the disk or the repository fails; files restored before the failure
	 *                             are covered by the restore's own checkpoint
	 */
	RestoreResult restore(UndoTarget target, RestoreMode mode);
}
