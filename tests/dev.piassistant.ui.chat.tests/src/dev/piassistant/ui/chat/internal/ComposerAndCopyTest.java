package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.Reply;
import dev.piassistant.ui.chat.internal.cards.MessageView;

/** A draft outlives the view; messages copy with a right-click. */
@ExtendWith(FailOnLoggedErrors.class)
class ComposerAndCopyTest {

	private AgentViewFixture fixture;

	@BeforeEach
	void open() throws Exception {
		fixture = new AgentViewFixture();
	}

	@AfterEach
	void close() {
		fixture.panel().composer().input().setText("");
		fixture.close();
	}

	@Test
	void aDraftSurvivesClosingTheView() throws Exception {
		fixture.panel().composer().input().setText("Half a question about");
		fixture.hide();
		fixture.open();
		assertEquals("Half a question about", fixture.panel().composer().input().getText());
	}

	@Test
	void rightClickCopiesAMessageOrItsSelection() {
		fixture.server.enqueue(Reply.openAiStream("Use **records** for values."));
		fixture.converse("How do I model values?");
		MessageView answer = fixture.lastMessage();
		var copy = answer.body().getMenu().getItems()[0];
		assertEquals("Copy", copy.getText().replace("&", ""));
		copy.notifyListeners(SWT.Selection, new Event());
		assertEquals("Use **records** for values.", clipboard(), "the whole message as written");
		answer.body().setSelection(4, 11);
		copy.notifyListeners(SWT.Selection, new Event());
		assertEquals(answer.body().getSelectionText(), clipboard(), "the selected part");
		fixture.messages().get(0).body().getMenu().getItems()[0].notifyListeners(SWT.Selection, new Event());
		assertEquals("How do I model values?", clipboard(), "the user's own messages copy too");
	}

	private String clipboard() {
		var clipboard = new Clipboard(fixture.panel().control().getDisplay());
		try {
			return (String) clipboard.getContents(TextTransfer.getInstance());
		} finally {
			clipboard.dispose();
		}
	}
}
