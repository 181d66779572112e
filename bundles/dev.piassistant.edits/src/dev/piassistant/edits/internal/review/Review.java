package dev.piassistant.edits.internal.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.change.ChangeKind;
import dev.piassistant.core.change.ChangeReview;
import dev.piassistant.core.change.ChangeSet;
import dev.piassistant.core.change.HunkDecision;
import dev.piassistant.core.change.HunkRef;
import dev.piassistant.core.change.HunkState;
import dev.piassistant.core.change.HunkStatus;
import dev.piassistant.core.change.ReviewOutcome;

/**
 * A change set under review: a {@link FileReview} per file, an outcome once every hunk is decided. Its documents are
 * only touched on the executor it was opened with (the display thread in the IDE); the methods of
 * {@link ChangeReview} are called there.
 */
public final class Review implements ChangeReview {

	private final ChangeSet changes;
	private final Map<String, FileReview> files = new LinkedHashMap<>();
	private final Executor documents;
	private final Consumer<Review> onChange;
	private final CompletableFuture<ReviewOutcome> outcome = new CompletableFuture<>();
	private volatile boolean ended;

	private Review(ChangeSet changes, Executor documents, Consumer<Review> onChange) {
		this.changes = changes;
		this.documents = documents;
		this.onChange = onChange;
	}

	/**
	 * Opens the files and starts following their documents, on the documents' executor.
	 *
	 * @param onChange hears every change of a hunk's state or place, and the end
	 */
	public static Review open(ChangeSet changes, ReviewFiles files, Executor documents, Consumer<Review> onChange)
			throws IOException {
		var review = new Review(changes, documents, onChange);
		var failure = new IOException[1];
		documents.execute(() -> {
			try {
				review.openFiles(files);
			} catch (IOException e) {
				failure[0] = e;
				review.closeAll();
			}
		});
		if (failure[0] != null) {
			throw failure[0];
		}
		return review;
	}

	private void openFiles(ReviewFiles reviewFiles) throws IOException {
		for (var change : changes.files()) {
			var review = change.kind() == ChangeKind.MODIFY
					? TextFileReview.open(reviewFiles, change, () -> onChange.accept(this))
					: new OperationReview(reviewFiles, change);
			files.put(change.path(), review);
		}
	}

	public CompletableFuture<ReviewOutcome> outcome() {
		return outcome;
	}

	public Executor documents() {
		return documents;
	}

	@Override
	public ChangeSet changes() {
		return changes;
	}

	@Override
	public List<HunkStatus> hunks() {
		var all = new ArrayList<HunkStatus>();
		files.values().forEach(file -> file.hunks().forEach(hunk -> all.add(hunk.status())));
		return all;
	}

	@Override
	public List<HunkStatus> hunks(String path) {
		var file = files.get(path);
		return file == null ? List.of() : file.hunks().stream().map(TrackedHunk::status).toList();
	}

	@Override
	public boolean isEnded() {
		return ended;
	}

	@Override
	public String text(String path) {
		var file = files.get(path);
		return file == null ? "" : file.text();
	}

	@Override
	public void accept(HunkRef ref) {
		requireOpen();
		var file = file(ref);
		var hunk = hunk(file, ref);
		try {
			if (file instanceof OperationReview) {
				file.accept(file.hunks().get(0));
			} else {
				file.accept(hunk);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			decided();
		}
	}

	@Override
	public void reject(HunkRef ref, String reason) {
		requireOpen();
		var file = file(ref);
		var rejected = file instanceof OperationReview ? file.hunks() : List.of(hunk(file, ref));
		for (var hunk : rejected) {
			if (!hunk.state.isDecided()) {
				hunk.state = HunkState.REJECTED;
				hunk.sticky = true;
				hunk.note = reason == null ? "" : reason.strip();
			}
		}
		decided();
	}

	@Override
	public void merge(HunkRef ref, String merged) {
		requireOpen();
		var file = file(ref);
		file.merge(hunk(file, ref), merged);
		decided();
	}

	@Override
	public void acceptAll(@Nullable String path) {
		requireOpen();
		for (var file : selected(path)) {
			for (var hunk : List.copyOf(file.hunks())) {
				if (hunk.state == HunkState.PENDING) {
					try {
						file.accept(hunk);
					} catch (IOException | IllegalStateException e) {
						// left as it is: stale or failed, the outcome says so
					}
				}
			}
		}
		decided();
	}

	@Override
	public void rejectAll(@Nullable String path, String reason) {
		requireOpen();
		for (var file : selected(path)) {
			for (var hunk : file.hunks()) {
				if (!hunk.state.isDecided()) {
					hunk.state = HunkState.REJECTED;
					hunk.sticky = true;
					hunk.note = reason == null ? "" : reason.strip();
				}
			}
		}
		decided();
	}

	@Override
	public String withProposed(HunkRef ref) {
		var file = file(ref);
		return file.with(hunk(file, ref), true);
	}

	@Override
	public String withBase(HunkRef ref) {
		var file = file(ref);
		return file.with(hunk(file, ref), false);
	}

	/**
	 * Ends the review as it stands, whether or not every hunk is decided: hunks not decided are not applied and
	 * show as they are (pending, stale). What was accepted is written.
	 */
	public void end(boolean withdrawn) {
		documents.execute(() -> finish(withdrawn));
	}

	/** After a decision: the review ends when no hunk is left to decide. */
	private void decided() {
		if (!ended && files.values().stream().allMatch(file -> file.hunks().stream().allMatch(hunk -> hunk.state.isDecided()))) {
			finish(false);
			return;
		}
		onChange.accept(this);
	}

	private void finish(boolean withdrawn) {
		if (ended) {
			return;
		}
		ended = true;
		IOException failure = null;
		for (var file : files.values()) {
			try {
				file.finish();
			} catch (IOException e) {
				failure = failure == null ? e : failure;
			}
		}
		onChange.accept(this);
		if (failure != null) {
			outcome.completeExceptionally(failure);
		} else {
			outcome.complete(new ReviewOutcome(changes.id(), decisions(), withdrawn));
		}
	}

	private void closeAll() {
		for (var file : files.values()) {
			try {
				file.finish();
			} catch (IOException e) {
				// closing after a failed open: the failure that stopped it is reported
			}
		}
	}

	private List<HunkDecision> decisions() {
		var decisions = new ArrayList<HunkDecision>();
		for (var file : files.values()) {
			for (var hunk : file.hunks()) {
				decisions.add(new HunkDecision(hunk.ref.path(), hunk.ref.index(), hunk.state, note(file, hunk)));
			}
		}
		return decisions;
	}

	private static String note(FileReview file, TrackedHunk hunk) {
		if (hunk.state == HunkState.MERGED) {
			var text = file.text();
			return hunk.end() <= text.length() ? text.substring(hunk.offset, hunk.end()) : "";
		}
		return hunk.note;
	}

	private List<FileReview> selected(@Nullable String path) {
		if (path == null) {
			return List.copyOf(files.values());
		}
		var file = files.get(path);
		return file == null ? List.of() : List.of(file);
	}

	private FileReview file(HunkRef ref) {
		var file = files.get(ref.path());
		if (file == null) {
			throw new IllegalArgumentException("The change set has no file " + ref.path());
		}
		return file;
	}

	private static TrackedHunk hunk(FileReview file, HunkRef ref) {
		return file.hunks().stream().filter(hunk -> hunk.ref.index() == ref.index()).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No hunk " + ref.index() + " in " + ref.path()));
	}

	private void requireOpen() {
		if (ended) {
			throw new IllegalStateException("The review of this change set has ended.");
		}
	}

	/** The tracker of a file whose lines change, for tests. */
	@Nullable
	DocumentTracker tracker(String path) {
		return files.get(path) instanceof TextFileReview text ? text.tracker() : null;
	}
}
