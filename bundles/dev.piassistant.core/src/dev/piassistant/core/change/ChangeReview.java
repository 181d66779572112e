package dev.piassistant.core.change;

import java.util.List;

/**
 * A change set under review, as a view drives it. The files' texts are the documents the editors show: the
 * methods that read or change them are called on the thread that may change those documents (the display thread
 * in the IDE, see {@link ReviewPresenter#documents()}). Accepting a hunk is one undoable change of its document;
 * rejecting leaves the document as it is; undoing an accept makes its hunk pending again.
 */
public interface ChangeReview {

	ChangeSet changes();

	/** Every hunk with its state and where it is now. */
	List<HunkStatus> hunks();

	List<HunkStatus> hunks(String path);

	/** Whether every hunk is decided (or the review was withdrawn): the outcome has gone to the agent. */
	boolean isEnded();

	/**
	 * The file's text as it is now: its document while the file is reviewed, else its content on disk ("" when
	 * there is none).
	 */
	String text(String path);

	/**
	 * Applies a pending hunk.
	 *
	 * @throws IllegalStateException when the hunk is not pending (a stale hunk is merged, never applied)
	 */
	void accept(HunkRef hunk);

	/** Leaves the file as it is; the reason, if any, goes to the agent. */
	void reject(HunkRef hunk, String reason);

	/**
	 * Puts the user's merge of a stale hunk in the file: {@code merged} is the file's whole text as the user merged
	 * it, made one undoable change of the document.
	 *
	 * @throws IllegalStateException when the hunk is not stale
	 */
	void merge(HunkRef hunk, String merged);

	/** Accepts every pending hunk of the file, or of the whole change set when {@code path} is null. */
	void acceptAll(@org.eclipse.jdt.annotation.Nullable String path);

	/** Rejects every hunk not decided yet, of the file or of the whole change set when {@code path} is null. */
	void rejectAll(@org.eclipse.jdt.annotation.Nullable String path, String reason);

	/**
	 * The file's text as it would be with the hunk as proposed and everything else as it is now: for a stale
	 * hunk, the agent's side of its merge.
	 */
	String withProposed(HunkRef hunk);

	/** The file's text with the hunk's region as it was proposed against: the base of its merge. */
	String withBase(HunkRef hunk);
}
