package dev.piassistant.planning.tests;

import static dev.piassistant.planning.tests.Scripts.args;
import static dev.piassistant.planning.tests.Scripts.call;
import static dev.piassistant.planning.tests.Scripts.last;
import static dev.piassistant.planning.tests.Scripts.obj;
import static dev.piassistant.planning.tests.Scripts.plan;
import static dev.piassistant.planning.tests.Scripts.revise;
import static dev.piassistant.planning.tests.Scripts.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.Judgement;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.PauseReason;
import dev.piassistant.core.event.PlanRevised;
import dev.piassistant.core.event.StepEnded;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.TaskPaused;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.plan.PlanAuthor;
import dev.piassistant.core.plan.PlanDiff;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.plan.StepState;

/** A result that diverges from what its step expected is judged, reflected on, and leads to a revised plan. */
class ReflectionTest {

	@RegisterExtension
	final LoopFixture fixture = new LoopFixture();

	@BeforeEach
	void start() throws Exception {
		fixture.answer(question -> question instanceof TaskPaused ? Optional.empty() : Optional.of(Answer.Approve.once()));
	}

	@Test
	void aFailingStepIsJudgedByItsExitCodeAndThePlanIsRevisedWithTheReasoning() throws Exception {
		fixture.server.enqueue(plan("Run the build", "It succeeds", "Report", "The user knows the result"),
				call("c1", "run", args("command", "echo 'error: missing ;' >&2; exit 2")),
				revise("r1", "The build fails on a syntax error, so it must be fixed first",
						List.of(obj("description", "Fix the syntax error", "expected", "The file compiles"),
								obj("id", "s2", "description", "Report", "expected", "The user knows the result"))),
				call("c2", "run", args("command", "true")), say("Fixed it."), say("All good now."));
		var end = assertInstanceOf(TaskCompleted.class, fixture.run("Build the project"));
		var session = end.session();

		var failed = fixture.logged(session, ToolCallEnded.class).stream().filter(call -> call.callId().equals("c1")).findFirst().orElseThrow();
		assertEquals(Judgement.Verdict.DIVERGED, failed.judgement().verdict());
		assertEquals(Judgement.Signal.EXIT_CODE, failed.judgement().signal());
		assertEquals("exit code 2", failed.judgement().detail());
		assertTrue(failed.result().output().contains("error: missing ;"));

		var told = last(fixture.requests().get(2)).path("content").asText();
		assertTrue(told.contains("does not match what step s1 expects (It succeeds): exit code 2"), told);

		var revisions = fixture.logged(session, PlanRevised.class);
		assertEquals(2, revisions.size());
		var revision = revisions.get(1).revision();
		assertEquals(PlanAuthor.AGENT, revision.author());
		assertEquals("The build fails on a syntax error, so it must be fixed first", revision.reason());
		var diff = PlanDiff.between(revisions.get(0).revision().plan(), revision.plan());
		assertEquals(List.of(new StepId("s3")), diff.added());
		assertEquals(List.of(new StepId("s1")), diff.removed(), "the failed running step was replaced");
		var ended = fixture.logged(session, StepEnded.class);
		assertEquals(List.of("s3", "s2"), ended.stream().map(step -> step.step().value()).toList());
		assertTrue(ended.stream().allMatch(step -> step.state() == StepState.DONE));
	}

	@Test
	void consecutiveFailuresSpendTheErrorBudgetAndPauseForTheUser() throws Exception {
		fixture.answer(question -> question instanceof TaskPaused ? Optional.of(new Answer.Proceed("Check the file name"))
				: Optional.of(Answer.Approve.once()));
		fixture.server.enqueue(call("c1", "read_file", args("path", "Main.java")),
				call("c2", "read_file", args("path", "main.java")), say("Found it: it is src/Main.java."));
		var settings = fixture.settings(ApprovalMode.AUTO, Limits.DEFAULT.withErrorBudget(2));
		var end = assertInstanceOf(TaskCompleted.class, fixture.run("Where is the main class?", settings));
		var pauses = fixture.logged(end.session(), TaskPaused.class);
		assertEquals(1, pauses.size());
		assertEquals(new PauseReason.ErrorBudgetSpent(2), pauses.get(0).reason());
		var told = last(fixture.requests().get(2)).path("content").asText();
		assertEquals("The user says: Check the file name", told);
	}
}
