package dev.piassistant.planning.tests;

import static dev.piassistant.planning.tests.Scripts.args;
import static dev.piassistant.planning.tests.Scripts.call;
import static dev.piassistant.planning.tests.Scripts.plan;
import static dev.piassistant.planning.tests.Scripts.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.GrantScope;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.PauseReason;
import dev.piassistant.core.agent.TaskProblem;
import dev.piassistant.core.event.ApprovalRequested;
import dev.piassistant.core.event.PlanReviewRequested;
import dev.piassistant.core.event.PlanRevised;
import dev.piassistant.core.event.StepEnded;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.TaskFailed;
import dev.piassistant.core.event.TaskPaused;
import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.PlanAuthor;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepFlag;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.plan.StepState;

/** The user decides how much to approve: the plan first, every action, or particular steps. */
class ApprovalModesTest {

	@RegisterExtension
	final LoopFixture fixture = new LoopFixture();

	@BeforeEach
	void start() throws Exception {
		Files.writeString(fixture.folder.resolve("a.txt"), "a");
	}

	@Test
	void inReviewModeTheUserEditsThePlanThenApprovesItAndTheEditedPlanRuns() throws Exception {
		fixture.answer(question -> {
			if (question instanceof PlanReviewRequested review) {
				var current = fixture.logged(review.session(), PlanRevised.class).get(0).revision().plan();
				var edited = new Plan(List.of(current.steps().get(0).withFlags(Set.of(StepFlag.SKIP)), current.steps().get(1),
						Step.of("mine", "Tell me a joke", "I laugh")));
				fixture.agent.revisePlan(review.session(), review.task(), edited, "Skip the first, add mine");
				return Optional.of(Answer.Approve.once());
			}
			return Optional.empty();
		});
		fixture.server.enqueue(plan("Read a", "Know a", "Read b", "Know b"), say("b is missing"), say("A joke."));
		var end = assertInstanceOf(TaskCompleted.class, fixture.run("Read both", fixture.settings(ApprovalMode.REVIEW_PLAN, Limits.DEFAULT)));
		var revisions = fixture.logged(end.session(), PlanRevised.class);
		assertEquals(PlanAuthor.USER, revisions.get(1).revision().author());
		assertEquals("Skip the first, add mine", revisions.get(1).revision().reason());
		var ended = fixture.logged(end.session(), StepEnded.class);
		assertEquals(List.of("s1", "s2", "mine"), ended.stream().map(step -> step.step().value()).toList());
		assertEquals(List.of(StepState.SKIPPED, StepState.DONE, StepState.DONE), ended.stream().map(StepEnded::state).toList());
		assertTrue(Scripts.allText(fixture.requests().get(1)).contains("The user revised the plan: Skip the first, add mine"));
	}

	@Test
	void aDeclinedPlanEndsTheTaskWithTheUsersNote() throws Exception {
		fixture.answer(question -> Optional.of(new Answer.Deny("Too risky")));
		fixture.server.enqueue(plan("Delete the build folder", "Gone"));
		var end = assertInstanceOf(TaskFailed.class, fixture.run("Clean", fixture.settings(ApprovalMode.REVIEW_PLAN, Limits.DEFAULT)));
		assertEquals(new TaskProblem.PlanDeclined("Too risky"), end.problem());
		assertEquals(1, fixture.requests().size());
	}

	@Test
	void stepByStepAsksForReadsTooAndAGrantForTheTaskCoversLaterCallsOfTheTool() throws Exception {
		fixture.answer(question -> Optional.of(new Answer.Approve(GrantScope.TASK, 0)));
		fixture.server.enqueue(call("c1", "read_file", args("path", "a.txt")), call("c2", "read_file", args("path", "a.txt ")),
				say("Read it twice."));
		var end = assertInstanceOf(TaskCompleted.class, fixture.run("Read a twice", fixture.settings(ApprovalMode.STEP_BY_STEP, Limits.DEFAULT)));
		assertEquals(1, fixture.logged(end.session(), ApprovalRequested.class).size());
		assertEquals("step-by-step mode", fixture.logged(end.session(), ApprovalRequested.class).get(0).rule());
		assertEquals(2, fixture.tools.ran("read_file"));
	}

	@Test
	void aDeniedCallIsToldToTheModelWithTheUsersNote() throws Exception {
		fixture.answer(question -> Optional.of(new Answer.Deny("not that file")));
		fixture.server.enqueue(call("c1", "write_file", args("path", "a.txt", "content", "b")), say("Understood."));
		var end = assertInstanceOf(TaskCompleted.class, fixture.run("Change a"));
		assertEquals("a", Files.readString(fixture.folder.resolve("a.txt")));
		var told = Scripts.last(fixture.requests().get(1)).path("content").asText();
		assertEquals("The user did not allow this call. They said: not that file", told);
		assertEquals("Understood.", end.summary());
	}

	@Test
	void aStepMarkedAskFirstPausesAndADenialSkipsIt() throws Exception {
		fixture.answer(question -> {
			if (question instanceof PlanReviewRequested review) {
				var current = fixture.logged(review.session(), PlanRevised.class).get(0).revision().plan();
				fixture.agent.revisePlan(review.session(), review.task(),
						current.with(current.steps().get(0).id(), step -> step.withFlags(Set.of(StepFlag.ASK_FIRST))), "");
				return Optional.of(Answer.Approve.once());
			}
			return question instanceof TaskPaused ? Optional.of(new Answer.Deny("")) : Optional.empty();
		});
		fixture.server.enqueue(plan("Risky", "done", "Safe", "done"), say("Safe done."));
		var end = assertInstanceOf(TaskCompleted.class, fixture.run("Do both", fixture.settings(ApprovalMode.REVIEW_PLAN, Limits.DEFAULT)));
		var pause = fixture.logged(end.session(), TaskPaused.class).get(0);
		assertEquals(new PauseReason.AskFirst(new StepId("s1")), pause.reason());
		assertEquals(List.of(StepState.SKIPPED, StepState.DONE),
				fixture.logged(end.session(), StepEnded.class).stream().map(StepEnded::state).toList());
	}
}
