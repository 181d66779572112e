package dev.piassistant.edits.internal.review;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jface.text.IDocument;

import dev.piassistant.core.change.HunkRef;
import dev.piassistant.core.change.HunkState;
import dev.piassistant.core.change.HunkStatus;
import dev.piassistant.edits.internal.review.Interleavings.Accept;
import dev.piassistant.edits.internal.review.Interleavings.Merge;
import dev.piassistant.edits.internal.review.Interleavings.Redo;
import dev.piassistant.edits.internal.review.Interleavings.Reject;
import dev.piassistant.edits.internal.review.Interleavings.Reload;
import dev.piassistant.edits.internal.review.Interleavings.Session;
import dev.piassistant.edits.internal.review.Interleavings.Step;
import dev.piassistant.edits.internal.review.Interleavings.Type;
import dev.piassistant.edits.internal.review.Interleavings.Undo;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of a review while the user keeps typing, run by jqwik (see {@link ReviewPropertiesTest}): whatever
 * the interleaving of keystrokes, decisions, undos, redos and reloads,
 * <ul>
 * <li>no keystroke of the user is ever lost to the review: accepting, rejecting and merging never remove a typed
 * character (only the user's own edits and undos do);</li>
 * <li>a hunk is applied only while pending, and then it replaces exactly the lines it was proposed against;</li>
 * <li>a pending hunk's region always holds those lines;</li>
 * <li>an undo gives back the document as it was before the step it undoes, with every hunk not rejected since in
 * the state it had then; a redo gives back the document and states the undo took away.</li>
 * </ul>
 */
public class ReviewProperties {

	static final String PATH = "f.txt";
	static final int TRIES = 10_000;
	static final AtomicInteger SESSIONS = new AtomicInteger();
	static final AtomicInteger STEPS = new AtomicInteger();

	/** The document and the states before a step that changed the document. */
	private record Before(String text, List<HunkState> states) {
	}

	@Provide
	Arbitrary<Session> sessions() {
		return Interleavings.sessions();
	}

	@Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
	void reviewsNeverLoseAKeystrokeNorApplyAStaleHunk(@ForAll("sessions") Session session) throws Exception {
		SESSIONS.incrementAndGet();
		var run = new Run(session);
		try {
			run.play();
		} finally {
			run.files.close();
		}
	}

	private static final class Run {
		private final Session session;
		private final EditorFiles files = new EditorFiles();
		private final IDocument document;
		private Review review;
		private final Deque<Before> undoable = new ArrayDeque<>();
		private final Deque<Before> redoable = new ArrayDeque<>();
		private int typed;
		/** Hunks merged as the text already was: decided outside the document's history, like rejections. */
		private final java.util.Set<Integer> kept = new java.util.HashSet<>();

		Run(Session session) throws Exception {
			this.session = session;
			var base = String.join("\n", session.base()) + "\n";
			var proposed = String.join("\n", session.proposed()) + "\n";
			document = files.edit(PATH, base);
			files.disk.put(PATH, base);
			for (var type : session.before()) {
				type(type.at(), type.length(), type.text());
			}
			// The user's edits before the review are outside it: its undo steps start here.
			EditorFiles.undo(document).reset();
			review = Review.open(Changes.of(Changes.modify(PATH, base, proposed)), files, Runnable::run, r -> {
			});
		}

		void play() throws Exception {
			check("when the review opened");
			for (var step : session.steps()) {
				STEPS.incrementAndGet();
				play(step);
				check("after " + step);
			}
		}

		private void play(Step step) throws Exception {
			if (step instanceof Type type) {
				type(type.at(), type.length(), type.text());
			} else if (step instanceof Reload reload) {
				var text = document.get();
				var at = (int) (reload.at() * text.length());
				var end = Math.min(text.length(), at + reload.length());
				var reloaded = text.substring(0, at) + reload.text() + text.substring(end);
				if (reloaded.equals(text)) {
					return;
				}
				remember();
				typed += keys(reload.text()) - keys(text.substring(at, end));
				document.set(reloaded);
				EditorFiles.undo(document).commit();
			} else if (step instanceof Accept accept) {
				accept(accept.hunk());
			} else if (step instanceof Reject reject) {
				decide(reject.hunk(), () -> review.reject(ref(reject.hunk()), "no"), false);
			} else if (step instanceof Merge merge) {
				merge(merge.hunk());
			} else if (step instanceof Undo) {
				undo();
			} else if (step instanceof Redo) {
				redo();
			}
		}

		private void type(double where, int length, String text) throws Exception {
			var current = document.get();
			var at = (int) (where * current.length());
			var end = Math.min(current.length(), at + length);
			if (end == at && text.isEmpty()) {
				return;
			}
			remember();
			typed += keys(text) - keys(current.substring(at, end));
			document.replace(at, end - at, text);
			EditorFiles.undo(document).commit();
		}

		private void accept(int index) throws Exception {
			var hunk = hunk(index);
			if (hunk == null || review.isEnded()) {
				return;
			}
			var before = document.get();
			if (hunk.state() != HunkState.PENDING) {
				expectRefused(() -> review.accept(hunk.ref()), before, "accepting a " + hunk.state() + " hunk");
				return;
			}
			var region = before.substring(hunk.offset(), hunk.offset() + hunk.length());
			var proposed = review.changes().files().get(0).hunks().get(hunk.ref().index());
			if (!region.equals(proposed.before())) {
				throw new AssertionError("a pending hunk's region reads " + region + ", not " + proposed.before());
			}
			remember();
			review.accept(hunk.ref());
			var expected = before.substring(0, hunk.offset()) + proposed.after() + before.substring(hunk.offset() + hunk.length());
			if (!document.get().equals(expected)) {
				throw new AssertionError("accepting replaced more than the hunk's lines:\n" + document.get() + "\nexpected\n" + expected);
			}
		}

		private void merge(int index) throws Exception {
			var hunk = hunk(index);
			if (hunk == null || review.isEnded()) {
				return;
			}
			var before = document.get();
			var proposed = review.changes().files().get(0).hunks().get(hunk.ref().index());
			var end = hunk.offset() + hunk.length();
			var merged = before.substring(0, end) + proposed.after() + before.substring(end);
			if (hunk.state() != HunkState.STALE) {
				expectRefused(() -> review.merge(hunk.ref(), merged), before, "merging a " + hunk.state() + " hunk");
				return;
			}
			if (merged.equals(before)) {
				kept.add(hunk.ref().index());
			} else {
				remember();
			}
			review.merge(hunk.ref(), merged);
			if (!document.get().equals(merged)) {
				throw new AssertionError("the merge is not what the user merged");
			}
		}

		private void decide(int index, Runnable decision, boolean changesDocument) {
			var hunk = hunk(index);
			if (hunk == null || review.isEnded()) {
				return;
			}
			var before = document.get();
			decision.run();
			if (!changesDocument && !document.get().equals(before)) {
				throw new AssertionError("a rejection changed the document");
			}
		}

		private void undo() throws Exception {
			var undo = EditorFiles.undo(document);
			if (!undo.undoable()) {
				return;
			}
			var now = new Before(document.get(), states());
			undo.undo();
			var then = undoable.pop();
			redoable.push(now);
			expectRestored(then, "undo");
		}

		private void redo() throws Exception {
			var undo = EditorFiles.undo(document);
			if (!undo.redoable()) {
				return;
			}
			var now = new Before(document.get(), states());
			undo.redo();
			var then = redoable.pop();
			undoable.push(now);
			expectRestored(then, "redo");
		}

		private void expectRestored(Before then, String what) {
			if (!document.get().equals(then.text())) {
				throw new AssertionError(what + " did not restore the document");
			}
			typed = keys(document.get());
			if (review.isEnded()) {
				return;
			}
			var states = states();
			for (int i = 0; i < states.size(); i++) {
				if (states.get(i) != HunkState.REJECTED && !kept.contains(i) && states.get(i) != then.states().get(i)) {
					throw new AssertionError(what + " left hunk " + i + " " + states.get(i) + ", it was " + then.states().get(i));
				}
			}
		}

		private void expectRefused(Runnable decision, String before, String what) {
			try {
				decision.run();
			} catch (IllegalStateException expected) {
				if (!document.get().equals(before)) {
					throw new AssertionError(what + " was refused but changed the document");
				}
				return;
			}
			throw new AssertionError(what + " was not refused");
		}

		private void remember() {
			if (review == null) {
				return;
			}
			undoable.push(new Before(document.get(), states()));
			redoable.clear();
		}

		private void check(String when) {
			var text = document.get();
			if (keys(text) != typed) {
				throw new AssertionError("keystrokes lost " + when + ": " + keys(text) + " in the document, " + typed + " typed");
			}
			if (review.isEnded()) {
				return;
			}
			for (var hunk : review.hunks(PATH)) {
				var region = text.substring(hunk.offset(), hunk.offset() + hunk.length());
				var proposed = review.changes().files().get(0).hunks().get(hunk.ref().index());
				if (hunk.state() == HunkState.PENDING && !region.equals(proposed.before())) {
					throw new AssertionError("pending hunk " + hunk.ref().index() + " " + when + " covers " + region);
				}
			}
		}

		private List<HunkState> states() {
			return review.hunks(PATH).stream().map(HunkStatus::state).toList();
		}

		private HunkStatus hunk(int index) {
			var hunks = review.hunks(PATH);
			return hunks.isEmpty() ? null : hunks.get(index % hunks.size());
		}

		private HunkRef ref(int index) {
			var hunk = hunk(index);
			return hunk == null ? new HunkRef(PATH, 0) : hunk.ref();
		}

		private static int keys(String text) {
			int count = 0;
			for (int i = 0; i < text.length(); i++) {
				if (Interleavings.KEYS.indexOf(text.charAt(i)) >= 0) {
					count++;
				}
			}
			return count;
		}
	}
}
