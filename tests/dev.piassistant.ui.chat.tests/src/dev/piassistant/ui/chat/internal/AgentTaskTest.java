package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.core.agent.AgentTools;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.event.QuestionAnswered;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.testing.CompletionReply;
import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.Reply;
import dev.piassistant.ui.AgentPreferences;
import dev.piassistant.ui.chat.internal.cards.ApprovalCard;
import dev.piassistant.ui.chat.internal.cards.OutcomeCard;
import dev.piassistant.ui.chat.internal.cards.PauseCard;
import dev.piassistant.ui.chat.internal.cards.PlanCard;
import dev.piassistant.ui.chat.internal.cards.ToolCallCard;

/**
 * The Agent view follows a real task of the agent against the scripted server: its plan reviewed and its
 * tool calls approved with clicks, and Stop while a tool runs.
 */
@ExtendWith(FailOnLoggedErrors.class)
class AgentTaskTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private AgentViewFixture fixture;
	private TestTools tools;

	@BeforeEach
	void open() throws Exception {
		tools = new TestTools();
		fixture = new AgentViewFixture();
		// Anything asked beyond the script (a judgement, say) is answered plainly.
		fixture.server.respondWith(request -> Reply.openAiStream("Done."));
	}

	@AfterEach
	void close() {
		fixture.close();
		tools.close();
		AgentPreferences.setApprovalMode(AgentPreferences.DEFAULT_MODE);
	}

	private static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		} catch (JsonProcessingException e) {
			throw new IllegalArgumentException(e);
		}
	}

	private static CompletionReply call(String id, String tool, Object arguments) {
		return Reply.openAiStream().toolCall(id, tool, json(arguments)).finishReason("tool_calls");
	}

	private static CompletionReply plan(String... descriptions) {
		var steps = java.util.Arrays.stream(descriptions).map(description -> ordered("description", description, "expected",
				description + " is done")).toList();
		return call("plan", AgentTools.PROPOSE_PLAN, Map.of("steps", steps));
	}

	/** A JSON object with its keys in this order, as a model writes them. */
	private static Map<String, Object> ordered(Object... keysAndValues) {
		var map = new java.util.LinkedHashMap<String, Object>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private void chooseMode(ApprovalMode mode) {
		var combo = fixture.panel().composer().modeCombo();
		combo.select(mode.ordinal());
		combo.notifyListeners(SWT.Selection, new Event());
	}

	@Test
	void aPlannedTaskShowsItsPlanAndToolCallsAndIsApprovedWithClicks() throws Exception {
		// A first exchange, so that what the workbench does once (its first paints and icons) is not measured.
		fixture.server.enqueue(Reply.openAiStream("Hello."));
		fixture.converse("Hello");
		fixture.server.enqueue(plan("Write the note", "Report what was written"),
				call("w1", TestTools.WRITE, ordered("path", "notes/todo.txt", "text", "buy milk")),
				Reply.openAiStream("The note is written."), Reply.openAiStream("notes/todo.txt now says: buy milk."));
		chooseMode(ApprovalMode.REVIEW_PLAN);
		try (var probe = new Responsiveness(Display.getCurrent())) {
			fixture.send("Write a note that says buy milk");
			Ui.spinUntil("the plan waits for review", () -> fixture.last(PlanCard.class) != null
					&& fixture.last(PlanCard.class).review().approveButton().isVisible());
			var plan = fixture.last(PlanCard.class);
			assertEquals(List.of("Write the note", "Report what was written"),
					plan.stepLabels().stream().map(label -> label.getText()).toList());
			assertEquals("0 of 2 steps done", plan.progressText());
			assertTrue(fixture.panel().statusText().startsWith("Waiting for you to review the plan"), fixture.panel().statusText());
			assertTrue(fixture.cards(ToolCallCard.class).isEmpty(), "the plan tool shows as the plan, not as a tool call");

			Ui.click(plan.review().approveButton());
			Ui.spinUntil("the write asks for approval", () -> fixture.last(ApprovalCard.class) != null
					&& fixture.last(ApprovalCard.class).approveButton().isEnabled());
			var call = fixture.last(ToolCallCard.class);
			assertEquals(TestTools.WRITE, call.toolName());
			assertEquals("path: notes/todo.txt, text: buy milk", call.summaryText());
			assertEquals("waiting for your approval", call.stateText());
			assertTrue(fixture.panel().statusText().startsWith("Waiting for your approval to run write_note"),
					fixture.panel().statusText());
			assertTrue(tools.written.isEmpty(), "nothing is written before the approval");

			var approval = fixture.last(ApprovalCard.class);
			approval.scope().select(1);
			Ui.click(approval.approveButton());
			Ui.spinUntil("the task ends", () -> fixture.idle() && fixture.last(OutcomeCard.class) != null);
			assertTrue(probe.worstWait().toMillis() < 500, "the UI stayed responsive: " + probe.report());
		}
		assertEquals(List.of("notes/todo.txt: buy milk"), tools.written);
		assertTrue(fixture.last(ToolCallCard.class).stateText().startsWith("done in"), fixture.last(ToolCallCard.class).stateText());
		assertEquals("You allowed it: for this task.", fixture.last(ApprovalCard.class).answerText());
		assertFalse(fixture.last(ApprovalCard.class).approveButton().isVisible());
		assertEquals("2 of 2 steps done", fixture.last(PlanCard.class).progressText());
		assertTrue(fixture.last(OutcomeCard.class).lineText().contains("1 tool call \u00b7"), fixture.last(OutcomeCard.class).lineText());
		assertEquals("notes/todo.txt now says: buy milk.", fixture.lastMessage().text());
		var session = fixture.panel().session().orElseThrow();
		assertEquals(2, fixture.agent.history(session).stream().filter(QuestionAnswered.class::isInstance).count(),
				"the review and the approval were answered");
	}

	@Test
	void aTaskPausedAfterFailuresGoesOnWithTheGuidanceTypedInItsCard() throws Exception {
		fixture.server.enqueue(call("b1", TestTools.BROKEN, ordered("module", "core")),
				call("b2", TestTools.BROKEN, ordered("module", "ui")), call("b3", TestTools.BROKEN, ordered("module", "llm")),
				Reply.openAiStream("Skipping the build check as you said."));
		fixture.send("Check the builds");
		Ui.spinUntil("the task pauses", () -> fixture.last(PauseCard.class) != null
				&& fixture.last(PauseCard.class).guidance().isVisible());
		var pause = fixture.last(PauseCard.class);
		assertEquals("Paused: 3 tool calls failed in a row.", pause.reasonText());
		assertEquals(3, fixture.cards(ToolCallCard.class).size());
		assertTrue(fixture.cards(ToolCallCard.class).stream().allMatch(card -> card.stateText().startsWith("failed")));
		assertTrue(fixture.panel().statusText().startsWith("Paused"), fixture.panel().statusText());
		pause.guidance().setText("Skip the build check");
		Ui.click(pause.proceedButton());
		Ui.spinUntil("the task ends", () -> fixture.idle() && fixture.last(OutcomeCard.class) != null);
		assertEquals("You let it go on: Skip the build check", fixture.last(PauseCard.class).answerText());
		assertTrue(fixture.server.requests().stream().filter(request -> request.method().equals("POST"))
				.reduce((first, second) -> second).orElseThrow().body().contains("Skip the build check"),
				"the guidance reached the model");
		assertEquals("Skipping the build check as you said.", fixture.lastMessage().text());
	}

	@Test
	void stopDuringAToolCallStopsTheToolAndTheTask() throws Exception {
		fixture.server.enqueue(call("c1", TestTools.WAIT, Map.of()));
		fixture.send("Wait until I say stop");
		Ui.spinUntil("the tool runs", () -> fixture.last(ToolCallCard.class) != null
				&& fixture.last(ToolCallCard.class).stateText().equals("running..."));
		Ui.spinUntil("the tool waits", () -> tools.waiting.getCount() == 0);
		assertTrue(fixture.panel().statusText().startsWith("Running wait_for_stop"), fixture.panel().statusText());
		long pressed = System.nanoTime();
		fixture.pressStop();
		Ui.spinUntil("the task ends as stopped", () -> fixture.idle() && fixture.last(OutcomeCard.class) != null);
		var took = Duration.ofNanos(System.nanoTime() - pressed);
		assertTrue(took.toMillis() < 2000, "stopped in " + took.toMillis() + " ms");
		assertTrue(tools.waitSawStop, "the tool was told to stop");
		assertEquals("stopped", fixture.last(ToolCallCard.class).stateText());
		assertTrue(fixture.last(OutcomeCard.class).lineText().startsWith("Stopped"), fixture.last(OutcomeCard.class).lineText());
		var session = fixture.panel().session().orElseThrow();
		var ended = fixture.agent.history(session).stream().filter(ToolCallEnded.class::isInstance).map(ToolCallEnded.class::cast)
				.findFirst().orElseThrow();
		assertEquals(CallOutcome.CANCELLED, ended.outcome());
		assertTrue(fixture.panel().statusText().startsWith(Messages.StoppedStatus), fixture.panel().statusText());
	}
}
