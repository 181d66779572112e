package dev.piassistant.edits.internal.review;

import dev.piassistant.core.change.Hunk;
import dev.piassistant.core.change.HunkRef;
import dev.piassistant.core.change.HunkState;
import dev.piassistant.core.change.HunkStatus;

/**
 * A hunk as a review follows it through its document: its state and the region it covers now (the lines it would
 * replace while pending or stale, the lines it put there once applied or merged).
 */
final class TrackedHunk {

	final HunkRef ref;
	final Hunk hunk;
	HunkState state = HunkState.PENDING;
	int offset;
	int length;
	String note = "";
	/**
	 * Decided without changing the document (rejected, or merged as the text already was): the document's undo
	 * history does not hold the decision, so undoing edits does not take it back.
	 */
	boolean sticky;

	TrackedHunk(HunkRef ref, Hunk hunk, int offset) {
		this.ref = ref;
		this.hunk = hunk;
		this.offset = offset;
		this.length = hunk.before().length();
	}

	int end() {
		return offset + length;
	}

	HunkStatus status() {
		return new HunkStatus(ref, state, offset, length);
	}

	/**
	 * Someone else changed text in the hunk's region, which now reads {@code text}: a pending hunk goes stale, and a
	 * stale one is pending again once its lines read as they were proposed against.
	 */
	void touched(String text) {
		if (state == HunkState.PENDING && !text.equals(hunk.before())) {
			state = HunkState.STALE;
		} else if (state == HunkState.STALE && text.equals(hunk.before())) {
			state = HunkState.PENDING;
		}
	}
	/** Where an edit of {@code [offset, offset + removed)} lies from this region: -1 before, 1 after, 0 inside. */
	int side(int editOffset, int removed) {
		var editEnd = editOffset + removed;
		if (length == 0) {
			if (removed == 0 && editOffset == offset) {
				return 0;
			}
			if (editEnd < offset || editEnd == offset && removed > 0) {
				return -1;
			}
			return editOffset > offset || editOffset == offset && removed > 0 ? 1 : 0;
		}
		if (editEnd <= offset) {
			return -1;
		}
		return editOffset >= end() ? 1 : 0;
	}
}
