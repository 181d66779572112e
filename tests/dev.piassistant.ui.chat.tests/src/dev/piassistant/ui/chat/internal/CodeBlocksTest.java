package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.Reply;
import dev.piassistant.ui.chat.internal.cards.CodeView;

/**
 * At a narrow width prose wraps and nothing is cut off, while code keeps its lines and indentation and
 * scrolls sideways, under its language and a Copy link.
 */
@ExtendWith(FailOnLoggedErrors.class)
class CodeBlocksTest {

	private static final String CODE = "public class Wide {\n    void method() {\n        String s = \""
			+ "x".repeat(200) + "\";\n    }\n}";

	private AgentViewFixture fixture;

	@BeforeEach
	void open() throws Exception {
		fixture = new AgentViewFixture();
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void proseWrapsAndCodeScrollsSideways() {
		var prose = "This sentence is long enough to need several lines in a view as narrow as the one this test uses. ";
		fixture.server.enqueue(Reply.openAiStream(prose + prose + "\n\n```java\n", CODE, "\n```\n\nThat is all."));
		fixture.converse("Show me");
		var transcript = fixture.panel().transcript().control();
		var width = transcript.getSize().x;
		assertTrue(width < 700, "the view is narrow: " + width);
		var answer = fixture.lastMessage();
		var code = answer.codeBlocks();
		assertEquals(1, code.size());
		CodeView block = code.get(0);
		assertEquals("java", block.language());
		assertEquals(CODE, block.code().getText(), "the code as written, indentation kept");
		assertEquals(5, block.code().getLineCount(), "code lines are not wrapped");
		assertTrue(block.code().getHorizontalBar().getMaximum() > block.code().getClientArea().width,
				"the long line scrolls sideways");
		assertTrue(answer.body().getText().startsWith("This sentence"), answer.body().getText());
		assertTrue(answer.body().getSize().y > 2 * answer.body().getLineHeight(), "the prose wraps to the view's width");
		assertEquals("That is all.", answer.prose().get(1).getText().strip(), "prose after the code has its own place");
		Ui.assertWithin(fixture.panel().control(), transcript.toDisplay(0, 0).x + width);

		Ui.click(block.copyLink());
		var clipboard = new Clipboard(transcript.getDisplay());
		try {
			assertEquals(CODE, clipboard.getContents(TextTransfer.getInstance()), "Copy takes the code alone");
		} finally {
			clipboard.dispose();
		}
	}
}
