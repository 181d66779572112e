package dev.piassistant.ui.plan.internal.editor;

import static dev.piassistant.ui.plan.internal.editor.Replies.call;
import static dev.piassistant.ui.plan.internal.editor.Replies.ordered;
import static dev.piassistant.ui.plan.internal.editor.Replies.plan;
import static dev.piassistant.ui.plan.internal.editor.Replies.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.swt.widgets.Link;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.Reply;
import dev.piassistant.ui.AgentPreferences;

/**
 * Undo where the user sees the action: a call that wrote a file under a checkpoint offers Undo on its card in
 * the Agent view, and the finished task offers to undo all its changes; both show the files first.
 */
@ExtendWith(FailOnLoggedErrors.class)
class AgentViewUndoTest {

	private AgentViewDriver driver;
	private TestTools tools;
	private final UndoDialogs dialogs = new UndoDialogs();

	@BeforeEach
	void open() throws Exception {
		tools = new TestTools();
		driver = new AgentViewDriver();
		driver.server.respondWith(request -> Reply.openAiStream("Done."));
	}

	@AfterEach
	void close() throws Exception {
		for (var file : tools.saved) {
			Files.deleteIfExists(file);
		}
		driver.close();
		tools.close();
		AgentPreferences.setApprovalMode(AgentPreferences.DEFAULT_MODE);
	}

	@Test
	void aFileTheAgentCreatedIsRemovedByTheUndoOnItsCallsCard() throws Exception {
		driver.server.enqueue(plan("Save the note", "note.txt holds the note"),
				call("s1", TestTools.SAVE, ordered("path", "undo-note.txt", "text", "buy milk")), say("Saved."));
		driver.chooseMode("Auto");
		driver.send("Save my note");
		Ui.spinUntil("the write asks for approval", () -> driver.button("Approve").isPresent(), Duration.ofSeconds(40));
		Ui.click(driver.button("Approve").orElseThrow());
		Ui.spinUntil("the task ends with its undo offered", () -> link("Undo this task's changes").isPresent(), Duration.ofSeconds(40));
		var file = tools.saved.get(0);
		assertEquals("buy milk", Files.readString(file));

		var undo = link("Undo").orElseThrow(() -> new AssertionError("the call's card offers Undo"));
		dialogs.answerNextWith("Undo");
		Ui.click(undo);

		Ui.spinUntil("the file the agent created is gone", () -> !Files.exists(file));
		assertTrue(dialogs.said.stream().anyMatch(text -> text.contains("Undo this save_note call?") && text.contains("undo-note.txt (deleted: the agent created it)")),
				String.join("|", dialogs.said));
	}

	private Optional<Link> link(String text) {
		return driver.find(Link.class, link -> link.getText().equals("<a>" + text + "</a>") && link.isVisible());
	}
}
