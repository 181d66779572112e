package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.Reply;

/**
 * Answers as GitHub shows them: a table in aligned columns, struck-through text, a task list, Java coloured
 * by its syntax, and a link to a workspace file that opens it in the editor at the line.
 */
@ExtendWith(FailOnLoggedErrors.class)
class RichAnswersTest {

	static final String ANSWER = """
			| Method | Lines |
			|--------|------:|
			| greet  | 3 |

			~~Greeter.hello~~ is gone; see [Greeter.java:6](src/Greeter.java:6).

			- [x] rename
			- [ ] test

			```java
			public class Greeter { // greets
			    String greet() { return "Hello"; }
			}
			```
			""";

	private AgentViewFixture fixture;
	private JavaEditorFile java;

	@BeforeEach
	void open() throws Exception {
		fixture = new AgentViewFixture();
		java = new JavaEditorFile();
		java.close();
	}

	@AfterEach
	void close() {
		JavaEditorFile.page().closeAllEditors(false);
		fixture.close();
	}

	@Test
	void tablesTasksColouredCodeAndFileLinks() {
		fixture.server.enqueue(Reply.openAiStream(ANSWER));
		fixture.converse("What changed?");
		var answer = fixture.lastMessage();
		var prose = answer.body();
		var text = prose.getText();
		assertTrue(text.contains("Method \u2502 Lines\n"), text);
		assertTrue(text.contains("greet  \u2502     3"), "cells aligned, numbers to the right: " + text);
		var table = prose.getStyleRangeAtOffset(text.indexOf("greet"));
		assertEquals(JFaceResources.getTextFont(), table.font, "columns line up in the text font");
		var header = prose.getStyleRangeAtOffset(text.indexOf("Method"));
		assertEquals(JFaceResources.getFontRegistry().getBold(JFaceResources.TEXT_FONT), header.font,
				"the header cells in the bold text font");
		assertTrue((header.font.getFontData()[0].getStyle() & org.eclipse.swt.SWT.BOLD) != 0, "bold");
		assertTrue(prose.getStyleRangeAtOffset(text.indexOf("Greeter.hello")).strikeout, "struck through");
		assertTrue(text.contains("\u2611 rename\n\u2610 test"), text);

		var code = answer.codeBlocks().get(0).code();
		assertEquals("java", answer.codeBlocks().get(0).language());
		var keyword = code.getStyleRangeAtOffset(0);
		assertNotNull(keyword, "public is coloured");
		assertEquals(SWT.BOLD, keyword.fontStyle & SWT.BOLD);
		var string = code.getStyleRangeAtOffset(code.getText().indexOf("\"Hello\""));
		var comment = code.getStyleRangeAtOffset(code.getText().indexOf("// greets"));
		assertTrue(string != null && comment != null && !string.foreground.equals(comment.foreground)
				&& !string.foreground.equals(keyword.foreground), "strings, comments and keywords in colours of their own");
		assertEquals(null, code.getStyleRangeAtOffset(code.getText().indexOf("Greeter")), "names stay plain");

		click(prose, text.indexOf("Greeter.java:6") + 2);
		Ui.spinUntil("the file opens", () -> JavaEditorFile.page().getActiveEditor() != null);
		var editor = (ITextEditor) JavaEditorFile.page().getActiveEditor();
		assertEquals("Greeter.java", editor.getEditorInput().getName());
		var selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(5, selection.getStartLine(), "at line 6: " + Arrays.toString(new int[] { selection.getOffset() }));
	}

	private static void click(StyledText widget, int offset) {
		var point = widget.getLocationAtOffset(offset);
		var event = new Event();
		event.x = point.x + 1;
		event.y = point.y + widget.getLineHeight() / 2;
		event.button = 1;
		widget.notifyListeners(SWT.MouseUp, event);
	}
}
