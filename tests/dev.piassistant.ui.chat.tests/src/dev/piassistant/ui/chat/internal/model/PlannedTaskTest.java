package dev.piassistant.ui.chat.internal.model;

import static dev.piassistant.ui.chat.internal.model.ChatControllerTest.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.agent.GrantScope;
import dev.piassistant.core.agent.Judgement;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.Spend;
import dev.piassistant.core.event.TaskEstimated;
import dev.piassistant.core.plan.PlanAuthor;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.plan.StepState;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.ToolResult;

/**
 * A task with a plan, told event by event as the loop logs it: a review, steps, tool calls, an approval, a
 * failed call that leads to a revision, and the end.
 */
class PlannedTaskTest {

	private static final Step READ = Step.of("s1", "Read Point.java", "The fields are known");
	private static final Step WRITE = Step.of("s2", "Add validation to the constructor", "Negative values are rejected");
	private static final Step TEST = Step.of("s3", "Run the tests", "All tests pass");

	private ChatController controller;
	private Script script;

	@BeforeEach
	void newSession() {
		controller = new ChatController();
		script = new Script(controller);
		controller.show(script.session, List.of(), Optional.empty(), Optional.empty());
		controller.sending();
		script.ask("Reject negative coordinates in Point", ApprovalMode.REVIEW_PLAN);
	}

	private PlanItem currentPlan() {
		return controller.items().stream().filter(PlanItem.class::isInstance).map(PlanItem.class::cast)
				.filter(PlanItem::current).findFirst().orElseThrow();
	}

	private <T> T last(Class<T> type) {
		var items = controller.items();
		return items.stream().filter(type::isInstance).map(type::cast).reduce((a, b) -> b).orElseThrow();
	}

	@Test
	void theWholeTaskAsTheUserFollowsIt() {
		script.propose(READ, WRITE, TEST);
		assertTrue(controller.items().stream().noneMatch(ToolCallItem.class::isInstance), "the plan tool is no tool card");
		script.event(new TaskEstimated(script.session, script.now(), script.task.task(), new Spend(20_000, 4_000, 0), Limits.DEFAULT));
		var review = script.askReview(1);
		var plan = currentPlan();
		assertEquals(review.question(), plan.openReview());
		assertEquals(0, plan.finished());
		assertEquals(3, plan.total());
		assertEquals(24_000, plan.estimate().estimate().tokens());
		assertEquals(List.of(review), controller.openQuestions());
		assertEquals(new Activity.WaitingForReview(), controller.status().activity());

		script.answer(review.question(), Answer.Approve.once());
		assertNull(currentPlan().openReview());
		assertInstanceOf(Answer.Approve.class, currentPlan().reviewAnswer());
		assertTrue(controller.openQuestions().isEmpty());

		script.startStep("s1");
		assertEquals(new Activity.Step(1, 3, "Read Point.java"), controller.status().activity());
		assertEquals(StepState.RUNNING, currentPlan().running().orElseThrow().state());
		var reading = script.startAnswer(READ.id());
		var read = script.call("read_file", "{\"path\":\"src/Point.java\"}");
		script.complete(reading, "Reading the record first.", 900, 40, 0, read);
		script.request(READ.id(), read, Risk.READ);
		assertEquals(ToolCallItem.State.RUNNING, last(ToolCallItem.class).state());
		assertEquals("path: src/Point.java", last(ToolCallItem.class).summary());
		script.endOk(READ.id(), read, "public record Point(int x, int y) {}");
		script.endStep("s1", StepState.DONE);
		assertEquals(1, currentPlan().finished());

		script.startStep("s2");
		var write = script.call("write_file", "{\"path\":\"src/Point.java\",\"content\":\"public record Point(int x, int y) {\\n  public Point {...}\\n}\"}");
		script.complete(script.startAnswer(WRITE.id()), "", 1200, 90, 0, write);
		script.request(WRITE.id(), write, Risk.WRITE);
		var approval = script.askApproval(write, Risk.WRITE, "writes need approval");
		assertEquals(ToolCallItem.State.AWAITING_APPROVAL, last(ToolCallItem.class).state());
		var asking = last(ApprovalItem.class);
		assertTrue(asking.open());
		assertEquals("writes need approval", asking.rule());
		assertEquals(new Activity.WaitingForApproval("write_file"), controller.status().activity());
		assertEquals(List.of(approval), controller.openQuestions());

		script.answer(approval.question(), new Answer.Approve(GrantScope.TASK, 0));
		assertFalse(last(ApprovalItem.class).open());
		assertEquals(new Answer.Approve(GrantScope.TASK, 0), last(ApprovalItem.class).answer());
		assertEquals(ToolCallItem.State.RUNNING, last(ToolCallItem.class).state());
		script.end(WRITE.id(), write, CallOutcome.FAILED, ToolResult.error("src/Point.java is read-only"),
				new Judgement(Judgement.Verdict.DIVERGED, Judgement.Signal.TOOL_ERROR, "the file could not be written"));
		var failed = last(ToolCallItem.class);
		assertEquals(ToolCallItem.State.ENDED, failed.state());
		assertEquals(CallOutcome.FAILED, failed.ended().outcome());
		assertTrue(failed.ended().judgement().diverged());
		script.endStep("s2", StepState.FAILED);
		assertEquals(StepState.FAILED, currentPlan().plan().find(WRITE.id()).orElseThrow().state());

		var copy = Step.of("s4", "Write a validated copy of Point.java", "Negative values are rejected");
		script.revise(2, PlanAuthor.AGENT, "The file is read-only; write a new one instead.", READ.withState(StepState.DONE),
				WRITE.withState(StepState.FAILED), copy, TEST);
		var plans = controller.items().stream().filter(PlanItem.class::isInstance).map(PlanItem.class::cast).toList();
		assertEquals(2, plans.size(), "each revision has its card, where it happened");
		assertFalse(plans.get(0).current());
		assertTrue(plans.get(1).current());
		assertEquals(PlanAuthor.AGENT, plans.get(1).revision().author());
		assertEquals("The file is read-only; write a new one instead.", plans.get(1).revision().reason());
		assertEquals(4, plans.get(1).total());

		script.startStep("s4");
		assertEquals(new Activity.Step(3, 4, "Write a validated copy of Point.java"), controller.status().activity());
		script.endStep("s4", StepState.DONE);
		script.startStep("s3");
		script.complete(script.startAnswer(TEST.id()), "All 12 tests pass.", 1500, 30, 0);
		script.endStep("s3", StepState.DONE);
		assertEquals(new Activity.Working(4, 4), controller.status().activity());
		script.completeTask("All 12 tests pass.", new Spend(3900, 240, 0.001));

		assertFalse(controller.isBusy());
		var outcome = last(OutcomeItem.class);
		assertEquals(2, outcome.toolCalls(), "the plan tool is not counted");
		assertEquals(4, currentPlan().finished());
		var kinds = controller.items().stream().map(item -> item.getClass().getSimpleName()).toList();
		assertEquals(List.of("UserMessageItem", "PlanItem", "AssistantMessageItem", "ToolCallItem", "ToolCallItem",
				"ApprovalItem", "PlanItem", "AssistantMessageItem", "OutcomeItem"), kinds);
		assertEquals(3900 + 240, controller.taskSpend(script.task.task()).tokens(), "every model call of the task counts");
	}

	@Test
	void aDeclinedPlanEndsTheTaskWithTheReason() {
		script.propose(READ);
		var review = script.askReview(1);
		script.answer(review.question(), new Answer.Deny("Only touch tests"));
		script.failTask(new dev.piassistant.core.agent.TaskProblem.PlanDeclined("Only touch tests"), new Spend(300, 80, 0));
		assertEquals(new Answer.Deny("Only touch tests"), currentPlan().reviewAnswer());
		assertEquals(new Activity.Failed(), controller.status().activity());
		assertInstanceOf(dev.piassistant.core.event.TaskFailed.class, last(OutcomeItem.class).ended());
	}

	@Test
	void anApprovalLeftOpenWhenTheTaskIsStoppedIsNoLongerAnswerable() {
		script.propose(WRITE);
		script.startStep("s2");
		var write = script.call("write_file", "{}");
		script.request(WRITE.id(), write, Risk.WRITE);
		script.askApproval(write, Risk.WRITE, "step by step");
		controller.stopping();
		assertEquals(new Activity.Stopping(), controller.status().activity());
		script.cancelTask(new Spend(100, 10, 0));
		var approval = last(ApprovalItem.class);
		assertFalse(approval.open());
		assertNull(approval.answer());
		assertEquals(ToolCallItem.State.INTERRUPTED, last(ToolCallItem.class).state());
		assertEquals(new Activity.Stopped(), controller.status().activity());
		assertTrue(controller.openQuestions().isEmpty());
	}

	@Test
	void aStepOfTheUsersRevisionIsShownAsTheirs() {
		script.propose(READ, WRITE);
		script.revise(2, PlanAuthor.USER, "Skip reading", WRITE);
		var plan = currentPlan();
		assertEquals(PlanAuthor.USER, plan.revision().author());
		assertEquals(List.of(new StepId("s2")), plan.plan().leaves().stream().map(Step::id).toList());
	}
}
