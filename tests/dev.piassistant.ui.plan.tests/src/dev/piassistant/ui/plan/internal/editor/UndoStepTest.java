package dev.piassistant.ui.plan.internal.editor;

import static dev.piassistant.ui.plan.internal.editor.Replies.call;
import static dev.piassistant.ui.plan.internal.editor.Replies.plan;
import static dev.piassistant.ui.plan.internal.editor.Replies.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.core.checkpoint.CheckpointRequest;
import dev.piassistant.core.checkpoint.Checkpoints;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.OsgiServices;
import dev.piassistant.testing.Reply;
import dev.piassistant.ui.AgentPreferences;

/**
 * Undo Step in the Plan editor, against the real checkpoint service: a step's change to a file is taken back
 * after the user confirms; where the user edited the file since, only a merge is offered and it keeps their
 * edit.
 */
@ExtendWith(FailOnLoggedErrors.class)
class UndoStepTest {

	private AgentViewDriver driver;
	private TestTools tools;
	private Checkpoints checkpoints;
	private final UndoDialogs dialogs = new UndoDialogs();

	@TempDir
	Path folder;

	@BeforeEach
	void open() throws Exception {
		tools = new TestTools();
		driver = new AgentViewDriver();
		driver.server.respondWith(request -> Reply.openAiStream("Done."));
		checkpoints = OsgiServices.await(Checkpoints.class, Duration.ofSeconds(20));
	}

	@AfterEach
	void close() {
		AgentViewDriver.page().closeAllEditors(false);
		driver.close();
		tools.close();
		AgentPreferences.setApprovalMode(AgentPreferences.DEFAULT_MODE);
	}

	@Test
	void undoStepPutsBackTheStepsFileAfterAsking() throws Exception {
		var editor = finishedTask();
		var file = folder.resolve("summary.txt");
		Files.writeString(file, "old summary\n");
		agentWrites(editor, file, "new summary\n");

		undoAnswering(editor, "Undo");

		Ui.spinUntil("the file is back", () -> read(file).equals("old summary\n"));
		assertTrue(dialogs.said.get(0).contains("summary.txt (restored)"), dialogs.said.get(0));
		Ui.spinUntil("the editor says what was undone", () -> editor.stepPanel().undoResult().getText().startsWith("Undid step s1"));
		assertTrue(editor.stepPanel().undoResult().getText().contains("summary.txt (restored)"));
	}

	@Test
	void aFileTheUserChangedSinceIsMergedKeepingTheirChange() throws Exception {
		var editor = finishedTask();
		var file = folder.resolve("notes.txt");
		Files.writeString(file, "buy milk\nfix the bike\ncall mum\n");
		agentWrites(editor, file, "buy oat milk\nfix the bike\ncall mum\n");
		Files.writeString(file, "buy oat milk\nfix the bike\ncall mum tonight\n");

		undoAnswering(editor, "Merge");

		Ui.spinUntil("the step's change is taken out", () -> read(file).equals("buy milk\nfix the bike\ncall mum tonight\n"));
		assertTrue(dialogs.said.get(0).contains("notes.txt (changed since)"), dialogs.said.get(0));
		Ui.spinUntil("the editor says it merged", () -> editor.stepPanel().undoResult().getText().contains("merged, your changes kept"));
	}

	/** A one-step task run in review mode, approved in the Plan editor and finished. */
	private PlanEditor finishedTask() {
		driver.server.enqueue(plan("Write the summary", "summary.txt says what the notes say"), call("r1", TestTools.READ, Map.of()),
				say("Summary written."));
		driver.chooseMode("Review plan");
		driver.send("Summarize my notes");
		Ui.spinUntil("the plan opens for review", () -> PlanEditorTaskTest.editor() != null
				&& PlanEditorTaskTest.editor().header().approveButton().isEnabled());
		var editor = PlanEditorTaskTest.editor();
		Ui.click(editor.header().approveButton());
		Ui.spinUntil("the task ends", () -> editor.snapshot().map(snapshot -> snapshot.hasEnded()).orElse(false), Duration.ofSeconds(40));
		editor.selectStep(new StepId("s1"));
		Ui.spinUntil("the step's call is listed", () -> !editor.stepPanel().shownCalls().isEmpty());
		return editor;
	}

	/** What the loop does around a write of step s1: a checkpoint first, the write, then its record. */
	private void agentWrites(PlanEditor editor, Path file, String text) throws Exception {
		var input = editor.input();
		var checkpoint = checkpoints.take(new CheckpointRequest(input.session(), input.task(), new StepId("s1"), "r1",
				"write " + file.getFileName(), List.of(file)));
		Files.writeString(file, text);
		checkpoints.written(checkpoint.id());
	}

	/** Clicks Undo Step and answers its dialog with the given button. */
	private void undoAnswering(PlanEditor editor, String answer) {
		dialogs.answerNextWith(answer);
		assertTrue(editor.stepPanel().undoButton().isEnabled(), "Undo Step is offered for a step that ran tools");
		Ui.click(editor.stepPanel().undoButton());
		Ui.spinUntil("the dialog was answered", dialogs::answered);
		assertEquals(1, dialogs.said.stream().filter(text -> text.contains("step s1")).count(), String.join("|", dialogs.said));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
