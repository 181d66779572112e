package dev.piassistant.edits.internal.review;

import java.io.IOException;
import java.util.List;

import dev.piassistant.core.change.FileChange;

/** A file whose lines change: its hunks followed in its document, accepted as undoable document changes. */
final class TextFileReview implements FileReview {

	private final ReviewFiles.OpenDocument file;
	private final DocumentTracker tracker;
	private boolean changed;

	TextFileReview(ReviewFiles.OpenDocument file, FileChange change, Runnable onChange) {
		this.file = file;
		this.tracker = DocumentTracker.attach(file.document(), change, onChange);
	}

	static TextFileReview open(ReviewFiles files, FileChange change, Runnable onChange) throws IOException {
		return new TextFileReview(files.open(change.path()), change, onChange);
	}

	@Override
	public List<TrackedHunk> hunks() {
		return tracker.hunks();
	}

	@Override
	public String text() {
		return file.document().get();
	}

	@Override
	public void accept(TrackedHunk hunk) {
		tracker.accept(hunk);
		changed = true;
	}

	@Override
	public void merge(TrackedHunk hunk, String merged) {
		tracker.merge(hunk, merged);
		changed = true;
	}

	@Override
	public String with(TrackedHunk hunk, boolean proposed) {
		var text = text();
		return text.substring(0, hunk.offset) + (proposed ? hunk.hunk.after() : hunk.hunk.before())
				+ text.substring(hunk.end());
	}

	@Override
	public void finish() throws IOException {
		tracker.stop();
		try {
			if (changed) {
				file.save();
			}
		} finally {
			file.close();
		}
	}

	DocumentTracker tracker() {
		return tracker;
	}
}
