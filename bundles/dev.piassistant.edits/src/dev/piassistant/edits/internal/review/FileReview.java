package dev.piassistant.edits.internal.review;

import java.io.IOException;
import java.util.List;

/** The review of one file of a change set: its hunks, and what accepting and rejecting them does. */
interface FileReview {

	List<TrackedHunk> hunks();

	/** The file's text as it is now. */
	String text();

	void accept(TrackedHunk hunk) throws IOException;

	void merge(TrackedHunk hunk, String merged);

	/** The file's text with the hunk's region as proposed ({@code proposed}) or as it was proposed against. */
	String with(TrackedHunk hunk, boolean proposed);

	/** The review is over: write what was decided and let go of the file. */
	void finish() throws IOException;
}
