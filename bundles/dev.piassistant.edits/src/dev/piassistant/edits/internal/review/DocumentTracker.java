package dev.piassistant.edits.internal.review;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

import dev.piassistant.core.change.FileChange;
import dev.piassistant.core.change.HunkRef;
import dev.piassistant.core.change.HunkState;
import dev.piassistant.edits.internal.engine.Hunks;
import dev.piassistant.edits.internal.engine.Lines;

/**
 * Follows a file change's hunks through the document the user edits. Edits elsewhere move them; an edit inside
 * a pending hunk makes it stale, and a stale hunk is never applied. Accepting a hunk replaces exactly the lines it
 * was proposed against, as one change of the document's undo history; undoing it makes the hunk pending again.
 * Replacing the whole document (a file reloaded from disk) counts as the lines that differ being edited.
 * Called on the thread that may change the document.
 */
public final class DocumentTracker implements IDocumentListener {

	private final IDocument document;
	private final List<TrackedHunk> hunks;
	private final Runnable onChange;
	private @Nullable TrackedHunk own;
	private HunkState ownTarget = HunkState.APPLIED;
	private @Nullable String replacedWhole;
	private final History history = new History();
	private History.@Nullable Snapshot before;
	private boolean attached;

	private DocumentTracker(IDocument document, List<TrackedHunk> hunks, Runnable onChange) {
		this.document = document;
		this.hunks = hunks;
		this.onChange = onChange;
	}

	/**
	 * Starts following the change's hunks in the document, whose text may have moved on from the change's base: the
	 * difference counts as edits made since, so hunks in lines that changed start stale.
	 */
	public static DocumentTracker attach(IDocument document, FileChange change, Runnable onChange) {
		var hunks = place(change);
		var current = document.get();
		if (!current.equals(change.base())) {
			var scratch = new Document(change.base());
			var replay = new DocumentTracker(scratch, hunks, () -> {
			});
			replay.listen();
			scratch.set(current);
			replay.stop();
		}
		var tracker = new DocumentTracker(document, hunks, onChange);
		tracker.listen();
		return tracker;
	}

	private static List<TrackedHunk> place(FileChange change) {
		var lineStarts = lineStarts(change.base());
		var hunks = new ArrayList<TrackedHunk>();
		for (var hunk : change.hunks()) {
			var offset = hunk.line() < lineStarts.length ? lineStarts[hunk.line()] : change.base().length();
			hunks.add(new TrackedHunk(new HunkRef(change.path(), hunk.index()), hunk, offset));
		}
		return hunks;
	}

	private static int[] lineStarts(String text) {
		var lines = Lines.split(text);
		var starts = new int[lines.size() + 1];
		for (int i = 0; i < lines.size(); i++) {
			starts[i + 1] = starts[i] + lines.get(i).length();
		}
		return starts;
	}

	private void listen() {
		document.addDocumentListener(this);
		attached = true;
	}

	/** Stops following the document; the hunks keep their last state. */
	public void stop() {
		if (attached) {
			document.removeDocumentListener(this);
			attached = false;
		}
	}

	public IDocument document() {
		return document;
	}

	List<TrackedHunk> hunks() {
		return hunks;
	}

	/**
	 * Applies a pending hunk: one undoable change of the document.
	 *
	 * @throws IllegalStateException when it is not pending, or its lines are not as proposed against
	 */
	void accept(TrackedHunk hunk) {
		if (hunk.state != HunkState.PENDING || !regionText(hunk).equals(hunk.hunk.before())) {
			throw new IllegalStateException("Hunk " + (hunk.ref.index() + 1) + " of " + hunk.ref.path() + " is " + hunk.state
					+ ", not pending: it cannot be applied as proposed.");
		}
		replace(hunk, HunkState.APPLIED, hunk.offset, hunk.length, hunk.hunk.after());
	}

	/**
	 * Puts a merge of a stale hunk in the document: the file's whole merged text, applied as the one change that
	 * turns the current text into it.
	 */
	void merge(TrackedHunk hunk, String merged) {
		if (hunk.state != HunkState.STALE) {
			throw new IllegalStateException("Hunk " + (hunk.ref.index() + 1) + " of " + hunk.ref.path() + " is " + hunk.state
					+ "; only a stale hunk is merged.");
		}
		var current = document.get();
		if (current.equals(merged)) {
			// The user kept the text as it is: a decision the document's history does not hold.
			hunk.state = HunkState.MERGED;
			hunk.sticky = true;
			onChange.run();
			return;
		}
		int prefix = 0;
		var shorter = Math.min(current.length(), merged.length());
		while (prefix < shorter && current.charAt(prefix) == merged.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < shorter - prefix
				&& current.charAt(current.length() - 1 - suffix) == merged.charAt(merged.length() - 1 - suffix)) {
			suffix++;
		}
		replace(hunk, HunkState.MERGED, prefix, current.length() - suffix - prefix,
				merged.substring(prefix, merged.length() - suffix));
	}

	private void replace(TrackedHunk hunk, HunkState target, int offset, int length, String text) {
		var undo = undoManager();
		own = hunk;
		ownTarget = target;
		try {
			if (undo != null) {
				undo.beginCompoundChange();
			}
			document.replace(offset, length, text);
		} catch (BadLocationException e) {
			throw new IllegalStateException("The review lost track of " + hunk.ref.path() + ": " + e.getMessage(), e);
		} finally {
			if (undo != null) {
				undo.endCompoundChange();
			}
			own = null;
		}
	}

	private @Nullable IDocumentUndoManager undoManager() {
		return DocumentUndoManagerRegistry.getDocumentUndoManager(document);
	}

	String regionText(TrackedHunk hunk) {
		try {
			return document.get(hunk.offset, hunk.length);
		} catch (BadLocationException e) {
			throw new IllegalStateException("The review lost track of " + hunk.ref.path() + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		var current = document.get();
		before = History.Snapshot.of(current, hunks);
		var whole = own == null && event.getOffset() == 0 && event.getLength() == current.length() && event.getLength() > 0;
		replacedWhole = whole ? current : null;
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		var old = replacedWhole;
		replacedWhole = null;
		var text = document.get();
		var previous = before;
		if (previous != null && own == null && history.undoOrRedo(previous, text, hunks)) {
			onChange.run();
			return;
		}
		var touched = new ArrayList<TrackedHunk>();
		if (old != null) {
			// Last first, so that each edit's offset in the old text still holds when it is taken in.
			var edits = lineEdits(old, text);
			for (int i = edits.size() - 1; i >= 0; i--) {
				move(edits.get(i)[0], edits.get(i)[1], edits.get(i)[2], touched);
			}
		} else {
			var inserted = event.getText() == null ? 0 : event.getText().length();
			move(event.getOffset(), event.getLength(), inserted, touched);
		}
		if (previous != null) {
			history.remember(previous);
		}
		touched.forEach(hunk -> hunk.touched(text.substring(hunk.offset, hunk.end())));
		onChange.run();
	}

	/** The runs of lines that differ between two texts, as {offset in old, removed length, inserted length}. */
	private static List<int[]> lineEdits(String old, String current) {
		var starts = lineStarts(old);
		var edits = new ArrayList<int[]>();
		for (var hunk : Hunks.between(old, current)) {
			var offset = starts[Math.min(hunk.line(), starts.length - 1)];
			edits.add(new int[] { offset, hunk.before().length(), hunk.after().length() });
		}
		return edits;
	}

	/**
	 * Moves the regions for an edit of {@code [offset, offset + removed)}: the review's own change sets its hunk's new
	 * state; a region someone else's edit reaches grows over it and is collected to be looked at once all moved.
	 */
	private void move(int offset, int removed, int inserted, List<TrackedHunk> touched) {
		var owner = own;
		var delta = inserted - removed;
		for (var hunk : hunks) {
			var side = hunk == owner ? 0 : hunk.side(offset, removed);
			if (side < 0) {
				hunk.offset += delta;
			} else if (side == 0) {
				var start = Math.min(hunk.offset, offset);
				var end = Math.max(hunk.end(), offset + removed) + delta;
				hunk.offset = start;
				hunk.length = end - start;
				if (hunk == owner) {
					hunk.state = ownTarget;
				} else if (!touched.contains(hunk)) {
					touched.add(hunk);
				}
			}
		}
	}
}
