package dev.piassistant.ui.plan.internal.editor;

import static dev.piassistant.ui.plan.internal.editor.Replies.call;
import static dev.piassistant.ui.plan.internal.editor.Replies.ordered;
import static dev.piassistant.ui.plan.internal.editor.Replies.plan;
import static dev.piassistant.ui.plan.internal.editor.Replies.revise;
import static dev.piassistant.ui.plan.internal.editor.Replies.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.StepEnded;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.plan.StepState;
import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.Reply;
import dev.piassistant.ui.AgentPreferences;
import dev.piassistant.ui.plan.internal.model.EntryStatus;
import dev.piassistant.ui.plan.internal.model.TimelineEntry;
import dev.piassistant.ui.plan.internal.model.ToolKind;
import dev.piassistant.ui.plan.internal.timeline.TimelineView;

/**
 * A task in review mode, through the Agent view and the Plan editor as a person uses them: the plan opens for
 * review, the user reorders two steps, marks one skip, adds one and approves; the agent runs the edited plan,
 * revises it midway, and the timeline shows every call as it went. The platform's UI monitoring watches the
 * display thread all the while the task runs.
 */
@ExtendWith(FailOnLoggedErrors.class)
class PlanEditorTaskTest {

	private AgentViewDriver driver;
	private TestTools tools;

	@BeforeEach
	void open() throws Exception {
		tools = new TestTools();
		driver = new AgentViewDriver();
		// Anything asked beyond the script is answered plainly.
		driver.server.respondWith(request -> Reply.openAiStream("Done."));
	}

	@AfterEach
	void close() {
		AgentViewDriver.page().closeAllEditors(false);
		var timeline = AgentViewDriver.page().findView(TimelineView.ID);
		if (timeline != null) {
			AgentViewDriver.page().hideView(timeline);
		}
		driver.close();
		tools.close();
		AgentPreferences.setApprovalMode(AgentPreferences.DEFAULT_MODE);
	}

	static PlanEditor editor() {
		var active = AgentViewDriver.page().getActiveEditor();
		return active instanceof PlanEditor plan ? plan : null;
	}

	private static List<String> ids(PlanEditor editor) {
		return editor.draft().plan().all().stream().map(step -> step.id().value()).toList();
	}

	private static Text cellEditor(PlanEditor editor) {
		return AgentViewDriver.all(editor.tree().tree(), Text.class).stream().filter(Text::isVisible).findFirst().orElseThrow();
	}

	@Test
	void theUserEditsThePlanUnderReviewAndTheAgentRunsTheEditedPlan() throws Exception {
		driver.server.enqueue(
				plan("Read the notes", "I know what they say", "Write the summary", "summary.txt exists", "Delete the old notes",
						"the old notes are gone", "Report", "the user knows what changed"),
				call("w1", TestTools.WRITE, ordered("path", "summary.txt", "text", "buy milk; fix the bike")), say("Summary written."),
				call("r1", TestTools.READ, Map.of()), say("The notes say: buy milk, fix the bike."),
				call("c1", TestTools.CHECK, Map.of()),
				revise("rv1", "The check found a note without a date: fix it before the changelog.", "s4|Report",
						"Fix the note without a date", "u1|Write a changelog entry"),
				say("Reported."), say("Fixed the note."),
				call("w2", TestTools.WRITE, ordered("path", "CHANGELOG.md", "text", "Notes tidied")), say("Changelog entry written."));
		driver.chooseMode("Review plan");
		driver.send("Tidy my notes");

		Ui.spinUntil("the plan opens for review in the Plan editor", () -> editor() != null
				&& editor().header().approveButton().isEnabled() && !editor().draft().plan().steps().isEmpty());
		var editor = editor();
		assertEquals(List.of("s1", "s2", "s3", "s4"), ids(editor));
		assertTrue(editor.header().statusText().startsWith("Waiting for you to review"), editor.header().statusText());
		assertEquals("0 of 4 steps done", editor.header().progressText());

		editor.selectStep(new StepId("s2"));
		Ui.key(editor.tree().tree(), SWT.ARROW_UP, SWT.ALT);
		editor.selectStep(new StepId("s3"));
		editor.actions().skip.run();
		editor.selectStep(new StepId("s4"));
		Ui.key(editor.tree().tree(), SWT.INSERT, 0);
		var cell = cellEditor(editor);
		cell.setText("Write a changelog entry");
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals(List.of("s2", "s1", "s3", "s4", "u1"), ids(editor));
		assertTrue(editor.isDirty(), "the editor is dirty until saved");
		assertEquals("Save and Run", editor.header().approveButton().getText());
		editor.actions().undo.run();
		assertEquals("New step", editor.draft().plan().find(new StepId("u1")).map(Step::description).orElseThrow());
		editor.actions().redo.run();
		assertEquals("Write a changelog entry", editor.draft().plan().find(new StepId("u1")).map(Step::description).orElseThrow());
		assertEquals("skip", editor.tree().tree().getItems()[2].getText(3));

		editor.header().reasonField().setText("The summary first; keep the old notes");
		try (var freezes = new UiFreezes(100)) {
			Ui.click(editor.header().approveButton());
			Ui.spinUntil("the user's revision is logged", () -> editor.snapshot().map(snapshot -> snapshot.revisions().size()).orElse(0) == 2);
			assertTrue(!editor.isDirty(), "the saved revision leaves the editor clean");
			Ui.spinUntil("the write asks for approval in the Agent view", () -> driver.button("Approve").isPresent());
			driver.approvalScope("For this task");
			Ui.click(driver.button("Approve").orElseThrow());
			Ui.spinUntil("the task ends", () -> editor.snapshot().map(snapshot -> snapshot.hasEnded()).orElse(false));
			Ui.spin(java.time.Duration.ofMillis(300));
			// Every long event is reported; those in the Plan editor's and the timeline's code fail the test.
			System.out.println("UI-thread events over 100 ms while the task ran: " + freezes.freezes().size() + "\n"
					+ UiFreezes.report(freezes.freezes()));
			var ours = freezes.freezesIn("dev.piassistant.ui.plan.internal");
			assertTrue(ours.isEmpty(), "no UI-thread event over 100 ms in the Plan editor while the task ran:\n" + UiFreezes.report(ours));
		}

		var session = editor.input().session();
		var history = driver.agent.history(session);
		var ended = history.stream().filter(StepEnded.class::isInstance).map(StepEnded.class::cast).toList();
		assertEquals(List.of("s2", "s1", "s3", "s4", "s5", "u1"), ended.stream().map(step -> step.step().value()).toList());
		assertEquals(List.of(StepState.DONE, StepState.DONE, StepState.SKIPPED, StepState.DONE, StepState.DONE, StepState.DONE),
				ended.stream().map(StepEnded::state).toList());
		assertTrue(history.stream().filter(AssistantMessageStarted.class::isInstance).map(AssistantMessageStarted.class::cast)
				.noneMatch(started -> new StepId("s3").equals(started.step())), "the skipped step was not worked on");
		assertEquals(List.of("write_note summary.txt", "read_notes", "check_notes", "write_note CHANGELOG.md"), tools.ran);
		assertEquals("6 of 6 steps done", editor.header().progressText());
		assertEquals(List.of("s2", "s1", "s3", "s4", "s5", "u1"), ids(editor), "the editor follows the agent's revision");
		assertTrue(!editor.isDirty());
		assertEquals("Completed.", editor.header().statusText());
		assertTrue(!editor.header().saveButton().isEnabled() && !editor.actions().add.isEnabled(), "a finished plan cannot change");

		var revisions = editor.revisions().revisionTable();
		assertEquals(3, revisions.getItemCount());
		assertEquals("you", revisions.getItem(1).getText(1));
		assertEquals("The summary first; keep the old notes", revisions.getItem(1).getText(2));
		assertEquals("agent", revisions.getItem(2).getText(1));
		assertEquals("The check found a note without a date: fix it before the changelog.", revisions.getItem(2).getText(2));
		var changes = editor.revisions().changeTable();
		assertEquals(List.of("added s5", "changed s4", "changed u1"), rows(changes),
				"the agent's revision added a step and reworded the expectations of two");
		assertEquals("Fix the note without a date", changes.getItem(0).getText(3));
		revisions.setSelection(1);
		revisions.notifyListeners(SWT.Selection, new Event());
		assertEquals(List.of("added u1", "moved s1", "changed s3"), rows(changes), "the user's revision against the agent's first plan");

		editor.selectStep(new StepId("s2"));
		var calls = editor.stepPanel().shownCalls();
		assertEquals(1, calls.size());
		assertEquals(TestTools.WRITE, calls.get(0).tool());
		assertEquals(EntryStatus.DONE, calls.get(0).outcome());
		assertEquals("You approved it (for this task).", calls.get(0).approval());
		assertTrue(editor.graph().summaryText().startsWith("Every step is finished"), editor.graph().summaryText());

		Ui.click(button(editor, "Timeline"));
		var timeline = (TimelineView) AgentViewDriver.page().findView(TimelineView.ID);
		assertNotNull(timeline, "the timeline opened");
		Ui.spinUntil("the timeline shows the task", () -> timeline.shownEntries().size() > 8);
		assertCalls(timeline);

		timeline.outcomeFilter().select(1);
		timeline.outcomeFilter().notifyListeners(SWT.Selection, new Event());
		assertEquals(List.of("call:c1"), timeline.shownEntries().stream().map(TimelineEntry::key).toList(), "problems only");
		timeline.selectEntry("call:c1");
		assertTrue(timeline.detailsText().contains("notes.txt line 2: no date"), timeline.detailsText());

		// A view opened afresh (as after a restart) reads the finished task from the log.
		AgentViewDriver.page().hideView(timeline);
		TimelineView.open(AgentViewDriver.page(), session, editor.input().task(), "call:w1");
		var reopened = (TimelineView) AgentViewDriver.page().findView(TimelineView.ID);
		Ui.spinUntil("the reopened timeline shows the task", () -> reopened.shownEntries().size() > 8);
		assertCalls(reopened);
		assertTrue(reopened.detailsText().contains("summary.txt"), reopened.detailsText());
	}

	private static void assertCalls(TimelineView timeline) {
		assertEquals(EntryStatus.DONE, entry(timeline, "call:w1").status());
		assertEquals(ToolKind.FILE, entry(timeline, "call:w1").kind());
		assertNotNull(entry(timeline, "call:w1").waitedUntil(), "the wait for approval is kept");
		assertEquals(EntryStatus.DONE, entry(timeline, "call:r1").status());
		assertEquals(EntryStatus.FAILED, entry(timeline, "call:c1").status());
		assertEquals(ToolKind.PLAN, entry(timeline, "call:rv1").kind());
		assertEquals(EntryStatus.DONE, entry(timeline, "call:w2").status());
		assertTrue(timeline.shownEntries().stream().filter(entry -> entry.kind() == ToolKind.MODEL).count() >= 10, "model calls");
		assertTrue(timeline.shownEntries().stream().allMatch(entry -> !entry.status().isOpen()), "nothing left open");
	}

	private static TimelineEntry entry(TimelineView timeline, String key) {
		return timeline.shownEntries().stream().filter(entry -> entry.key().equals(key)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + key + " on the timeline"));
	}

	private static List<String> rows(org.eclipse.swt.widgets.Table table) {
		return java.util.Arrays.stream(table.getItems()).map(item -> item.getText(0) + " " + item.getText(1)).toList();
	}

	private static org.eclipse.swt.widgets.Button button(PlanEditor editor, String text) {
		return AgentViewDriver.all(editor.header().control(), org.eclipse.swt.widgets.Button.class).stream()
				.filter(button -> button.getText().equals(text)).findFirst().orElseThrow();
	}
}
