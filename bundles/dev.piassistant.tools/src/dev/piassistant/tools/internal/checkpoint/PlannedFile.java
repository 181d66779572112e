package dev.piassistant.tools.internal.checkpoint;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.checkpoint.FileConflict;

/**
 * One file of a restore: its state before the first checkpoint of the restore, what the agent left after the
 * last, and what it holds now.
 *
 * @param expected null when the last write was never recorded
 * @param conflict why it cannot simply be restored; null when it can
 */
record PlannedFile(KeptFile first, KeptFile last, @Nullable FileState expected, FileState current,
		FileConflict.@Nullable Reason conflict) {

	boolean unchanged() {
		return current.equals(first.before());
	}

	static PlannedFile of(KeptFile first, KeptFile last, FileState current) {
		var base = first.before();
		var expected = last.after();
		FileConflict.@Nullable Reason conflict = null;
		if (!current.equals(base)) {
			if (expected == null) {
				conflict = FileConflict.Reason.RESULT_UNKNOWN;
			} else if (!current.equals(expected)) {
				conflict = !current.exists() ? FileConflict.Reason.DELETED_SINCE
						: !expected.exists() ? FileConflict.Reason.CREATED_SINCE : FileConflict.Reason.CHANGED_SINCE;
			}
		}
		return new PlannedFile(first, last, expected, current, conflict);
	}
}
