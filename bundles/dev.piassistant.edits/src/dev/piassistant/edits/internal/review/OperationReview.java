package dev.piassistant.edits.internal.review;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.piassistant.core.change.ChangeKind;
import dev.piassistant.core.change.FileChange;
import dev.piassistant.core.change.HunkRef;
import dev.piassistant.core.change.HunkState;

/**
 * A file that is created, deleted or moved: one decision for all its hunks, made on disk when accepted. It is
 * stale when the disk no longer looks as it did when the change was proposed (the new file exists, the file to
 * delete or move has other content, the target of a move exists); a stale operation can only be rejected.
 */
final class OperationReview implements FileReview {

	private final ReviewFiles files;
	private final FileChange change;
	private final List<TrackedHunk> hunks = new ArrayList<>();

	OperationReview(ReviewFiles files, FileChange change) throws IOException {
		this.files = files;
		this.change = change;
		for (var hunk : change.hunks()) {
			hunks.add(new TrackedHunk(new HunkRef(change.path(), hunk.index()), hunk, 0));
		}
		if (hunks.isEmpty()) {
			// A move without line changes still needs a decision: one empty hunk stands for it.
			hunks.add(new TrackedHunk(new HunkRef(change.path(), 0),
					new dev.piassistant.core.change.Hunk(0, 0, "", ""), 0));
		}
		if (isStale()) {
			hunks.forEach(hunk -> hunk.state = HunkState.STALE);
		}
	}

	private boolean isStale() throws IOException {
		Optional<String> current = files.read(change.path());
		return switch (change.kind()) {
		case ADD -> current.isPresent();
		case DELETE -> !current.equals(Optional.of(change.base()));
		case RENAME -> !current.equals(Optional.of(change.base())) || files.read(change.target()).isPresent();
		case MODIFY -> false;
		};
	}

	@Override
	public List<TrackedHunk> hunks() {
		return hunks;
	}

	@Override
	public String text() {
		try {
			return files.read(change.kind() == ChangeKind.RENAME && isApplied() ? change.target() : change.path()).orElse("");
		} catch (IOException e) {
			return "";
		}
	}

	private boolean isApplied() {
		return hunks.get(0).state == HunkState.APPLIED;
	}

	@Override
	public void accept(TrackedHunk hunk) throws IOException {
		if (hunk.state != HunkState.PENDING) {
			throw new IllegalStateException(change.path() + " is " + hunk.state + ", not pending.");
		}
		if (isStale()) {
			hunks.forEach(each -> each.state = HunkState.STALE);
			throw new IllegalStateException(change.path() + " changed on disk since the change was proposed.");
		}
		switch (change.kind()) {
		case ADD -> files.create(change.path(), change.proposed());
		case DELETE -> files.delete(change.path());
		case RENAME -> files.move(change.path(), change.target(), change.proposed());
		case MODIFY -> throw new IllegalStateException("a line change is not a file operation");
		}
		hunks.forEach(each -> each.state = HunkState.APPLIED);
	}

	@Override
	public void merge(TrackedHunk hunk, String merged) {
		throw new IllegalStateException("Creating, deleting and moving " + change.path() + " cannot be merged; reject it.");
	}

	@Override
	public String with(TrackedHunk hunk, boolean proposed) {
		return proposed ? change.proposed() : change.base();
	}

	@Override
	public void finish() {
		// Operations are made when accepted: nothing is left to write.
	}
}
