package dev.piassistant.edits.internal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.piassistant.core.change.HunkRef;
import dev.piassistant.core.change.HunkState;
import dev.piassistant.core.change.HunkStatus;
import dev.piassistant.core.change.ReviewOutcome;

/** A review as the user drives it in an editor: decisions, typing, merges, undo and redo, a reload from disk. */
class ReviewTest {

	private static final String BASE = """
			one
			two
			three
			four
			five
			six
			seven
			eight
			nine
			""";
	private static final String PROPOSED = """
			ONE
			two
			three
			FOUR
			five
			six
			seven
			EIGHT
			nine
			""";
	private static final String PATH = "p/numbers.txt";

	private final EditorFiles files = new EditorFiles();
	private IDocument document;

	@AfterEach
	void closeEditors() {
		files.close();
	}

	private Review open(String documentText) throws Exception {
		document = files.edit(PATH, documentText);
		files.disk.put(PATH, BASE);
		return Review.open(Changes.of(Changes.modify(PATH, BASE, PROPOSED)), files, Runnable::run, review -> {
		});
	}

	private static List<HunkState> states(Review review) {
		return review.hunks(PATH).stream().map(HunkStatus::state).toList();
	}

	private static HunkRef hunk(int index) {
		return new HunkRef(PATH, index);
	}

	private void undo() throws Exception {
		EditorFiles.undo(document).undo();
	}

	private void redo() throws Exception {
		EditorFiles.undo(document).redo();
	}

	private void type(int offset, String text) throws Exception {
		document.replace(offset, 0, text);
		EditorFiles.undo(document).commit();
	}

	@Test
	void acceptRejectTypeIntoTheThirdMergeAndUndoEachStep() throws Exception {
		var review = open(BASE);
		assertEquals(List.of(HunkState.PENDING, HunkState.PENDING, HunkState.PENDING), states(review));

		review.accept(hunk(0));
		assertEquals(BASE.replace("one", "ONE"), document.get());
		undo();
		assertEquals(BASE, document.get());
		assertEquals(HunkState.PENDING, states(review).get(0));
		redo();
		assertEquals(HunkState.APPLIED, states(review).get(0));

		review.reject(hunk(1), "keep four");
		assertEquals(BASE.replace("one", "ONE"), document.get(), "a rejection leaves the document as it is");

		var eight = document.get().indexOf("eight");
		type(eight + 2, "!");
		assertEquals(HunkState.STALE, states(review).get(2));
		assertThrows(IllegalStateException.class, () -> review.accept(hunk(2)), "a stale hunk is never applied");
		undo();
		assertEquals(HunkState.PENDING, states(review).get(2), "undoing the keystroke makes the hunk pending again");
		redo();
		assertEquals(HunkState.STALE, states(review).get(2));

		var theirs = review.withProposed(hunk(2));
		var base = review.withBase(hunk(2));
		var mine = document.get();
		assertTrue(theirs.contains("EIGHT\n") && !theirs.contains("ei!ght"), theirs);
		assertTrue(base.contains("\neight\n"), base);
		var merged = mine.replace("ei!ght", "EIGHT!");
		review.merge(hunk(2), merged);
		assertEquals(merged, document.get());
		assertTrue(review.isEnded(), "every hunk is decided");
		ReviewOutcome outcome = review.outcome().get();
		assertEquals(List.of(HunkState.APPLIED, HunkState.REJECTED, HunkState.MERGED),
				outcome.hunks().stream().map(decision -> decision.state()).toList());
		assertEquals("keep four", outcome.hunks().get(1).note());
		assertEquals("EIGHT!\n", outcome.hunks().get(2).note());
		assertEquals(merged, files.disk.get(PATH), "what was decided is saved when the review ends");

		undo();
		assertEquals(mine, document.get(), "undoing the merge brings back the typed text");
		undo();
		assertEquals(BASE.replace("one", "ONE"), document.get(), "then the keystroke goes");
		undo();
		assertEquals(BASE, document.get(), "then the accepted hunk");
	}

	@Test
	void typingElsewhereMovesTheHunksAndAcceptPutsTheirLinesWhereTheyAreNow() throws Exception {
		var review = open(BASE);
		type(0, "// header\n");
		type(document.get().indexOf("six"), "between ");
		review.acceptAll(null);
		assertEquals("// header\nONE\ntwo\nthree\nFOUR\nfive\nbetween six\nseven\nEIGHT\nnine\n", document.get());
	}

	@Test
	void aDocumentThatChangedSinceTheProposalStartsWithTheTouchedHunksStale() throws Exception {
		var review = open(BASE.replace("four", "4"));
		assertEquals(List.of(HunkState.PENDING, HunkState.STALE, HunkState.PENDING), states(review));
		review.acceptAll(null);
		assertEquals("ONE\ntwo\nthree\n4\nfive\nsix\nseven\nEIGHT\nnine\n", document.get());
		assertFalse(review.isEnded(), "the stale hunk waits for a merge or a rejection");
	}

	@Test
	void aReloadFromDiskMakesOnlyTheHunksInChangedLinesStale() throws Exception {
		var review = open(BASE);
		document.set(BASE.replace("eight", "8").replace("two", "2"));
		assertEquals(List.of(HunkState.PENDING, HunkState.PENDING, HunkState.STALE), states(review));
		review.accept(hunk(1));
		assertEquals("one\n2\nthree\nFOUR\nfive\nsix\nseven\n8\nnine\n", document.get());
	}

	@Test
	void deletingAHunksLinesMakesItStaleAndUndoingThatPendingAgain() throws Exception {
		var review = open(BASE);
		var start = document.get().indexOf("four");
		document.replace(start, "four\nfive\n".length(), "");
		EditorFiles.undo(document).commit();
		assertEquals(HunkState.STALE, states(review).get(1));
		undo();
		assertEquals(HunkState.PENDING, states(review).get(1));
		review.accept(hunk(1));
		assertEquals(BASE.replace("four", "FOUR"), document.get());
	}

	@Test
	void rejectingAllEndsTheReviewWithTheReasonForEachHunk() throws Exception {
		var review = open(BASE);
		review.accept(hunk(0));
		review.rejectAll(null, "not now");
		var outcome = review.outcome().get();
		assertEquals(List.of("", "not now", "not now"), outcome.hunks().stream().map(decision -> decision.note()).toList());
		assertEquals(1, files.saves.get(PATH));
	}
}
