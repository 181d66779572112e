package dev.piassistant.ui.chat.internal.model;

import static dev.piassistant.ui.chat.internal.model.ChatControllerTest.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.PauseReason;
import dev.piassistant.core.agent.Spend;
import dev.piassistant.core.agent.TaskProblem;
import dev.piassistant.core.event.AssistantRetryScheduled;
import dev.piassistant.core.event.BudgetWarned;
import dev.piassistant.core.event.ContextCompacted;
import dev.piassistant.core.event.ModelFailedOver;
import dev.piassistant.core.event.TaskCancelled;
import dev.piassistant.core.event.TaskResumed;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.ui.chat.internal.model.AssistantMessageItem.State;

/** Pauses, warnings and notices along the way, each way a task ends, and a task the IDE's end cut off. */
class AlongTheWayTest {

	private final ChatController controller = new ChatController();
	private final Script script = new Script(controller);

	private void start(String prompt) {
		controller.show(script.session, List.of(), Optional.empty(), Optional.empty());
		controller.sending();
		script.ask(prompt, ApprovalMode.AUTO);
	}

	private <T> T last(Class<T> type) {
		return controller.items().stream().filter(type::isInstance).map(type::cast).reduce((a, b) -> b).orElseThrow();
	}

	@Test
	void aPauseWaitsForTheUserAndThenShowsTheirGuidance() {
		start("Make the build green");
		script.propose(Step.of("s1", "Fix the compile errors", ""));
		script.startStep("s1");
		var pause = script.pause(new PauseReason.NoProgress(new dev.piassistant.core.plan.StepId("s1"), 12));
		var shown = last(PauseItem.class);
		assertTrue(shown.open());
		assertEquals("Fix the compile errors", shown.stepName(), "the reason names the step as the plan says it");
		assertEquals(new Activity.Paused(), controller.status().activity());
		assertEquals(List.of(pause), controller.openQuestions());
		script.answer(pause.question(), new Answer.Proceed("Look at the module-info first"));
		var answered = last(PauseItem.class);
		assertFalse(answered.open());
		assertEquals(new Answer.Proceed("Look at the module-info first"), answered.answer());
		assertEquals(new Activity.Step(1, 1, "Fix the compile errors"), controller.status().activity());
	}

	@Test
	void aBudgetWarningAppearsWhereItWasGiven() {
		start("Refactor everything");
		var answer = script.startAnswer(null);
		script.complete(answer, "Starting.", 390_000, 10_000, 0);
		script.event(new BudgetWarned(script.session, script.now(), script.task.task(), new Spend(390_000, 10_000, 0),
				Limits.DEFAULT));
		var warning = item(controller, 2, BudgetItem.class);
		assertEquals(400_000, warning.spent().tokens());
		assertEquals(Limits.DEFAULT, warning.limits());
		assertEquals(400_000, controller.status().task().tokens());
	}

	@Test
	void retriesFailoversAndCompactionAreNoticed() {
		start("Summarize the project");
		var answer = script.startAnswer(null);
		var limited = new ProviderError.RateLimited(2, "");
		script.event(new AssistantRetryScheduled(script.session, script.now(), answer.message(), limited, 2, 1));
		script.fail(answer, "", new ProviderError.ServerError(503, "overloaded"));
		var fallback = new ModelRef("cloud", "big-model");
		script.event(new ModelFailedOver(script.session, script.now(), script.task.task(), Script.MODEL, fallback,
				new ProviderError.ServerError(503, "overloaded")));
		script.event(new ContextCompacted(script.session, script.now(), script.task.task(), "Earlier turns...", 14,
				30_000, 4_000));
		var notices = controller.items().stream().filter(NoticeItem.class::isInstance).map(NoticeItem.class::cast)
				.map(notice -> notice.event().getClass().getSimpleName()).toList();
		assertEquals(List.of("AssistantRetryScheduled", "ModelFailedOver", "ContextCompacted"), notices);
		assertEquals(4, controller.items().size(), "the failed answer without text has no bubble: " + controller.items());
	}

	@Test
	void aFailedTaskIsExplainedByItsOutcomeAndKeepsWhatArrived() {
		start("Explain the code");
		var answer = script.startAnswer(null);
		var error = new ProviderError.MalformedResponse("the stream broke off");
		script.fail(answer, "The code does", error);
		script.failTask(new TaskProblem.ProviderFailed(error), Spend.NONE);
		var partial = item(controller, 1, AssistantMessageItem.class);
		assertEquals("The code does", partial.text());
		assertEquals(State.FAILED, partial.state());
		assertFalse(partial.showsProblem(), "the outcome explains it, once");
		var outcome = item(controller, 2, OutcomeItem.class);
		assertEquals("Explain the code", outcome.prompt(), "Send again sends the request again");
		assertEquals(new Activity.Failed(), controller.status().activity());
		assertFalse(controller.isBusy());
	}

	@Test
	void aStoppedTaskKeepsWhatArrivedAndSaysItStopped() {
		start("Write an essay");
		var answer = script.startAnswer(null);
		controller.textDelta(script.session, answer.message(), "Once upon");
		controller.stopping();
		script.event(new dev.piassistant.core.event.AssistantMessageCancelled(script.session, script.now(), answer.message(),
				"Once upon"));
		script.cancelTask(new Spend(10, 3, 0));
		var cut = item(controller, 1, AssistantMessageItem.class);
		assertEquals(State.CANCELLED, cut.state());
		assertEquals("Once upon", cut.text());
		assertInstanceOf(TaskCancelled.class, item(controller, 2, OutcomeItem.class).ended());
		assertEquals(new Activity.Stopped(), controller.status().activity());
	}

	@Test
	void aTaskCutOffByTheIdesEndOffersResumeAndGoesOnWhenResumed() {
		var history = new Script(null);
		history.ask("Rename Point to Vector", ApprovalMode.AUTO);
		history.propose(Step.of("s1", "Rename the type", ""), Step.of("s2", "Update the callers", ""));
		history.startStep("s1");
		var rename = history.call("rename_type", "{\"from\":\"Point\",\"to\":\"Vector\"}");
		history.request(new dev.piassistant.core.plan.StepId("s1"), rename, Risk.WRITE);

		controller.show(history.session, history.log, Optional.empty(), Optional.empty());
		var items = controller.items();
		var interrupted = assertInstanceOf(InterruptedItem.class, items.get(items.size() - 1));
		assertTrue(interrupted.canResume());
		assertEquals(ToolCallItem.State.INTERRUPTED, item(controller, items.size() - 2, ToolCallItem.class).state());
		assertFalse(controller.isBusy());
		assertEquals(new Activity.Interrupted(), controller.status().activity());
		assertTrue(controller.openQuestions().isEmpty());

		controller.resuming();
		assertFalse(last(InterruptedItem.class).canResume(), "one Resume at a time");
		assertTrue(controller.isBusy());
		controller.apply(new TaskResumed(history.session, history.now(), history.task.task()));
		assertTrue(controller.items().stream().noneMatch(InterruptedItem.class::isInstance));
		assertInstanceOf(TaskResumed.class, last(NoticeItem.class).event());
		assertEquals(history.task.task(), controller.running().orElseThrow());
		assertEquals(ToolCallItem.State.INTERRUPTED, last(ToolCallItem.class).state(),
				"a call cut off stays so: resuming does not run it on");
		assertEquals(new Activity.Step(1, 2, "Rename the type"), controller.status().activity());
	}

	@Test
	void theInterruptedCardComesAfterItsTaskEvenWhenAnotherTaskFollowed() {
		var history = new Script(null);
		history.ask("First", ApprovalMode.AUTO);
		history.startAnswer(null);
		var first = history.task.task();
		history.ask("Second", ApprovalMode.AUTO);
		history.complete(history.startAnswer(null), "Done.", 1, 1, 0);
		history.completeTask("Done.", new Spend(1, 1, 0));
		controller.show(history.session, history.log, Optional.empty(), Optional.empty());
		var kinds = controller.items().stream().map(item -> item.getClass().getSimpleName()).toList();
		assertEquals(List.of("UserMessageItem", "InterruptedItem", "UserMessageItem", "AssistantMessageItem", "OutcomeItem"),
				kinds);
		assertEquals(first, item(controller, 1, InterruptedItem.class).task());
		assertEquals(new Activity.Ready(), controller.status().activity(), "the last task ended well");
	}

	@Test
	void theSessionTotalAddsUpItsTasks() {
		start("One");
		script.complete(script.startAnswer(null), "1", 100, 10, 0.01);
		script.completeTask("1", new Spend(100, 10, 0.01));
		controller.sending();
		script.ask("Two", ApprovalMode.AUTO);
		script.complete(script.startAnswer(null), "2", 200, 20, 0.02);
		assertEquals(220, controller.status().task().tokens(), "the running task's own spend");
		assertEquals(330, controller.status().session().tokens());
		assertEquals(0.03, controller.sessionSpend().cost(), 1e-9);
	}
}
