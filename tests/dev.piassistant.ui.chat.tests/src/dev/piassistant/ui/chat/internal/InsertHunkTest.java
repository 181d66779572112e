package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.jface.text.Document;
import org.junit.jupiter.api.Test;

/**
 * Where Insert at Cursor's hunk goes: whole lines, so the code lands exactly where the cursor or selection was and
 * the file as proposed is the editor's text with the code in that place.
 */
class InsertHunkTest {

	private static final String TEXT = "one\ntwo three\nfour\n";

	@Test
	void atTheStartOfALineTheCodeGoesBeforeItOnLinesOfItsOwn() throws Exception {
		var hunk = InsertHunk.of("p/a.txt", new Document(TEXT), TEXT.indexOf("two"), 0, "code");
		assertEquals(0, hunk.change().hunks().get(0).before().length(), "an insertion replaces nothing");
		assertEquals(1, hunk.change().hunks().get(0).line());
		assertEquals("one\ncode\ntwo three\nfour\n", hunk.change().proposed());
	}

	@Test
	void midLineOrOverASelectionTheTouchedLinesAreReplacedByThemselvesWithTheCode() throws Exception {
		var document = new Document(TEXT);
		var caret = InsertHunk.of("p/a.txt", document, TEXT.indexOf("three"), 0, "X");
		assertEquals("two three\n", caret.change().hunks().get(0).before());
		assertEquals("one\ntwo Xthree\nfour\n", caret.change().proposed());

		var start = TEXT.indexOf("three");
		var selection = InsertHunk.of("p/a.txt", document, start, TEXT.indexOf("four") + 2 - start, "5\n6");
		assertEquals("two three\nfour\n", selection.change().hunks().get(0).before());
		assertEquals("one\ntwo 5\n6ur\n", selection.change().proposed());
		assertEquals(TEXT.indexOf("two"), selection.offset(), "where the lines start, for the review's keys");
		assertEquals(2, selection.lines());
	}

	@Test
	void aSelectionOfWholeLinesLeavesTheNextLineAlone() throws Exception {
		var start = TEXT.indexOf("two");
		var hunk = InsertHunk.of("p/a.txt", new Document(TEXT), start, TEXT.indexOf("four") - start, "2\n");
		assertEquals("two three\n", hunk.change().hunks().get(0).before());
		assertEquals("one\n2\nfour\n", hunk.change().proposed());
	}
}
