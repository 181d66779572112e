package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.core.change.ChangeReviewService;
import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.Reply;
import dev.piassistant.ui.Services;

/**
 * Insert at Cursor goes through the diff reviewer: an answer's code block is proposed as one hunk in place of the
 * selection of an editor with unsaved typing, shown there for review; rejected, the editor stays as it was;
 * accepted, the editor holds the block, keeps the user's unsaved typing unsaved, and one Undo takes the block out.
 */
@ExtendWith(FailOnLoggedErrors.class)
class InsertAtCursorTest {

	private static final String CODE = "String farewell(String name) {\n\treturn \"Bye, \" + name;\n}";

	private AgentViewFixture fixture;
	private JavaEditorFile java;

	@BeforeEach
	void open() throws Exception {
		fixture = new AgentViewFixture();
		java = new JavaEditorFile();
	}

	@AfterEach
	void close() {
		// A review left open (a failed test) would keep the editor's buffer, unsaved typing and all, for the next test.
		Services.get(ChangeReviewService.class).ifPresent(service -> service.open().forEach(review -> review.rejectAll(null, "")));
		java.close();
		fixture.close();
	}

	@Test
	void theBlockIsReviewedInTheEditorAndLandsAsOneUndoableChange() throws Exception {
		var service = Services.await(ChangeReviewService.class, 20_000).orElseThrow();
		fixture.server.enqueue(Reply.openAiStream("Use this:\n\n```java\n", CODE + "\n", "```\n"));
		fixture.converse("Write a farewell method instead.");
		java.document().replace(0, 0, "// draft, not saved\n"); // the user's own unsaved typing
		var typed = java.document().get();

		insertInPlaceOf("String greet", "name;\n\t}");
		Ui.spinUntil("the insert is shown in the editor for review", () -> service.open().size() == 1 && pendingMarks() == 1);
		assertEquals(typed, java.document().get(), "nothing changes before the user decides");
		hunkCommand("dev.piassistant.ui.diff.rejectHunk");
		Ui.spinUntil("the rejection is told", () -> fixture.panel().statusText().startsWith("Nothing was inserted"));
		assertEquals(typed, java.document().get(), "rejected, the editor is as it was");

		var start = typed.indexOf("String greet");
		var end = typed.indexOf("name;\n\t}", start) + "name;\n\t}".length();
		insertInPlaceOf("String greet", "name;\n\t}");
		Ui.spinUntil("the insert is shown in the editor for review", () -> service.open().size() == 1 && pendingMarks() == 1);
		hunkCommand("dev.piassistant.ui.diff.acceptHunk");
		assertEquals(typed.substring(0, start) + CODE + typed.substring(end), java.document().get(),
				"the block in place of the selection, the unsaved typing kept");
		Ui.spinUntil("the insert is told", () -> fixture.panel().statusText().startsWith("Inserted 3 lines into Greeter.java"));
		assertTrue(java.editor.isDirty(), "the user's unsaved typing is left for them to save");
		try (var saved = java.file.getContents()) {
			assertEquals(JavaEditorFile.SOURCE, new String(saved.readAllBytes(), StandardCharsets.UTF_8), "nothing saved behind the user's back");
		}

		var undo = java.editor.getAdapter(ITextOperationTarget.class);
		assertTrue(undo.canDoOperation(ITextOperationTarget.UNDO));
		undo.doOperation(ITextOperationTarget.UNDO);
		assertEquals(typed, java.document().get(), "one Undo takes the whole block out");
	}

	/** Selects in the editor, then clicks Insert on the answer's code block in the Agent view. */
	private void insertInPlaceOf(String from, String to) throws Exception {
		java.select(from, to);
		fixture.open(); // back to the chat: the editor keeps its selection
		Ui.click(fixture.lastMessage().codeBlocks().get(0).insertLink());
		Ui.spin(Duration.ofMillis(100));
	}

	/** The lines of pending hunks highlighted in the editor, as the diff reviewer marks them. */
	private int pendingMarks() {
		var model = java.editor.getDocumentProvider().getAnnotationModel(java.editor.getEditorInput());
		int count = 0;
		for (var it = model.getAnnotationIterator(); it.hasNext();) {
			if ("dev.piassistant.ui.diff.pending".equals(it.next().getType())) {
				count++;
			}
		}
		return count;
	}

	/** Accept or Reject of the hunk at the caret, as the keys in the editor run it. */
	private void hunkCommand(String command) throws Exception {
		Ui.spinUntil("the editor is in front", () -> JavaEditorFile.page().getActiveEditor() == java.editor);
		JavaEditorFile.page().activate(java.editor);
		java.editor.getSite().getService(IHandlerService.class).executeCommand(command, null);
	}
}
