package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.Reply;

/**
 * Under the IDE's CSS theme, which styles every widget after the view drew it, the user's messages and
 * code blocks keep their own tints, also when the theme styles the whole view again (as switching themes does).
 */
@ExtendWith(FailOnLoggedErrors.class)
class ThemedTintsTest {

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
	void tintsSurviveTheTheme() {
		var display = fixture.panel().control().getDisplay();
		assertNotNull(display.getData("org.eclipse.e4.ui.css.core.engine"), "a CSS theme styles the workbench");
		fixture.server.enqueue(Reply.openAiStream("Like this:\n\n```java\nint x = 1;\n```\n"));
		fixture.converse("Show me");
		Ui.spin(Duration.ofMillis(200));
		var before = tints();
		assertNotEquals(before.get(0), before.get(1), "the user's message has its own tint");
		assertNotEquals(before.get(2), before.get(1), "the code has its own tint");
		fixture.panel().control().reskin(SWT.ALL);
		Ui.spin(Duration.ofMillis(300));
		assertEquals(before, tints(), "styled again by the theme, everything keeps its tint");
	}

	/** The backgrounds of the user's message, the answer, and the answer's code. */
	private List<RGB> tints() {
		var messages = fixture.messages();
		var answer = messages.get(1);
		return List.of(messages.get(0).body().getBackground().getRGB(), answer.body().getBackground().getRGB(),
				answer.codeBlocks().get(0).code().getBackground().getRGB());
	}
}
