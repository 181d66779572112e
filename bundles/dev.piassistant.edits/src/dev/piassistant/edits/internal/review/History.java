package dev.piassistant.edits.internal.review;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

import dev.piassistant.core.change.HunkState;

/**
 * What the hunks looked like before each change of the document, keyed by the document's text then (a hash and
 * a length). When a change brings the document back to such a text, it was an undo, however many edits the undo
 * history folded into it: the hunks go back to where and what they were, but for decisions that changed nothing
 * (rejections), which the document's history does not hold. A redo is recognised the same way.
 */
final class History {

	/** The hunks' regions and states with the document's text at the time. */
	record Snapshot(long hash, int length, int[] offsets, int[] lengths, HunkState[] states) {

		static Snapshot of(String text, List<TrackedHunk> hunks) {
			var offsets = new int[hunks.size()];
			var lengths = new int[hunks.size()];
			var states = new HunkState[hunks.size()];
			for (int i = 0; i < hunks.size(); i++) {
				var hunk = hunks.get(i);
				offsets[i] = hunk.offset;
				lengths[i] = hunk.length;
				states[i] = hunk.state;
			}
			return new Snapshot(History.hash(text), text.length(), offsets, lengths, states);
		}

		boolean matches(long textHash, int textLength) {
			return hash == textHash && length == textLength;
		}

		void restore(List<TrackedHunk> hunks) {
			for (int i = 0; i < hunks.size(); i++) {
				var hunk = hunks.get(i);
				hunk.offset = offsets[i];
				hunk.length = lengths[i];
				if (!hunk.sticky) {
					hunk.state = states[i];
				}
			}
		}
	}

	/** How many changes back an undo is recognised. */
	private static final int DEPTH = 500;

	private final Deque<Snapshot> done = new ArrayDeque<>();
	private final Deque<Snapshot> undone = new ArrayDeque<>();

	/**
	 * After a change from the state {@code before} to a document reading {@code text}: if the change went back (an
	 * undo) or forward again (a redo) to a known text, restores the hunks as they were with it and says so.
	 */
	boolean undoOrRedo(Snapshot before, String text, List<TrackedHunk> hunks) {
		var hash = hash(text);
		var depth = 0;
		for (Iterator<Snapshot> older = done.iterator(); older.hasNext(); depth++) {
			if (older.next().matches(hash, text.length())) {
				// One undo may take back several changes (typing folded into one): a redo brings all of them back.
				undone.push(before);
				for (int i = 0; i < depth; i++) {
					done.pop();
				}
				done.pop().restore(hunks);
				return true;
			}
		}
		var redo = undone.peek();
		if (redo != null && redo.matches(hash, text.length())) {
			done.push(before);
			undone.pop().restore(hunks);
			return true;
		}
		return false;
	}

	/** Remembers the state before a new change; what was undone can no longer be redone. */
	void remember(Snapshot before) {
		done.push(before);
		undone.clear();
		if (done.size() > DEPTH) {
			done.removeLast();
		}
	}

	static long hash(String text) {
		long hash = 1125899906842597L;
		for (int i = 0; i < text.length(); i++) {
			hash = 31 * hash + text.charAt(i);
		}
		return hash;
	}

}
