package dev.piassistant.core.change;

/** Where a hunk stands in its review. */
public enum HunkState {
	/** Proposed, not decided yet; the file still has the lines it would replace. */
	PENDING,
	/** Accepted: its lines are in the file. */
	APPLIED,
	/** Rejected: the file was left as it was. */
	REJECTED,
	/**
	 * The user (or another program) changed its lines after it was proposed, so it is never applied as it is: the
	 * user merges it or rejects it. Headless, a stale hunk is left out.
	 */
	STALE,
	/** A stale hunk the user merged with their own change: the file has the merged lines. */
	MERGED;

	/** Whether the review is done with it: the file has what the user decided. */
	public boolean isDecided() {
		return this == APPLIED || this == REJECTED || this == MERGED;
	}
}
