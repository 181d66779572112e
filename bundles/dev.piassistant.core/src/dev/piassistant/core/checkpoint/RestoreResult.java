package dev.piassistant.core.checkpoint;

import java.util.List;
import java.util.Objects;

/** How a restore went. */
public sealed interface RestoreResult {

	/**
	 * The files are back (or merged).
	 *
	 * @param undo the checkpoint taken before the restore: restoring it undoes the undo
	 */
	record Restored(Checkpoint undo, List<FileRestore> files) implements RestoreResult {
		public Restored {
			Objects.requireNonNull(undo, "undo");
			files = List.copyOf(files);
		}
	}

	/** Nothing was changed: these files were changed since the agent wrote them. A merge is offered instead. */
	record Conflicts(List<FileConflict> files) implements RestoreResult {
		public Conflicts {
			files = List.copyOf(files);
		}
	}

	/** There is nothing to undo: no checkpoint matches, or every file is already as it was. */
	record Nothing() implements RestoreResult {
	}
}
