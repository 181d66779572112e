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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.PauseReason;
import dev.piassistant.core.agent.TaskProblem;
import dev.piassistant.core.event.BudgetWarned;
import dev.piassistant.core.event.TaskCancelled;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.TaskEstimated;
import dev.piassistant.core.event.TaskFailed;
import dev.piassistant.core.event.TaskPaused;
import dev.piassistant.core.llm.PriceRule;

/** What stops runaways: repeated calls, turns without progress, and the budget caps. */
class GuardsTest {

	@RegisterExtension
	final LoopFixture fixture = new LoopFixture();

	@BeforeEach
	void start() throws Exception {
		Files.writeString(fixture.folder.resolve("a.txt"), "a");
	}

	@Test
	void theSameCallAgainAndAgainPausesTheTaskAndStopEndsIt() throws Exception {
		fixture.answer(question -> Optional.of(new Answer.Stop()));
		var read = args("path", "a.txt");
		fixture.server.enqueue(call("c1", "read_file", read), call("c2", "read_file", "{ \"path\" : \"a.txt\" }"),
				call("c3", "read_file", read));
		var end = assertInstanceOf(TaskCancelled.class, fixture.run("Read a.txt", fixture.settings(ApprovalMode.AUTO,
				Limits.DEFAULT.withRepeatLimit(3))));
		var pause = fixture.logged(end.session(), TaskPaused.class).get(0);
		var repeated = assertInstanceOf(PauseReason.RepeatedCall.class, pause.reason());
		assertEquals("read_file", repeated.toolName());
		assertEquals(3, repeated.times());
		assertEquals(2, fixture.tools.ran("read_file"), "the third identical call did not run");
	}

	@Test
	void turnsWithoutFinishingPauseTheTaskAndGoingOnResetsTheCount() throws Exception {
		fixture.answer(question -> Optional.of(new Answer.Proceed("")));
		fixture.server.enqueue(call("c1", "read_file", args("path", "a.txt")), call("c2", "read_file", args("path", "b.txt")),
				call("c3", "read_file", args("path", "c.txt")), say("Done looking."));
		var end = assertInstanceOf(TaskCompleted.class, fixture.run("Look around", fixture.settings(ApprovalMode.AUTO,
				Limits.DEFAULT.withNoProgressTurns(2).withErrorBudget(5))));
		var pauses = fixture.logged(end.session(), TaskPaused.class);
		assertEquals(1, pauses.size());
		assertEquals(new PauseReason.NoProgress(null, 2), pauses.get(0).reason());
	}

	@Test
	void theTokenCapStopsTheTaskAfterTheCallInFlightWithAWarningBefore() throws Exception {
		fixture.server.enqueue(plan("One", "1", "Two", "2", "Three", "3").usage(300, 20), say("one").usage(500, 30),
				say("two").usage(600, 50), say("three").usage(700, 60));
		var limits = Limits.DEFAULT.withMaxTokens(1_000);
		var end = assertInstanceOf(TaskFailed.class, fixture.run("Count to three", fixture.settings(ApprovalMode.AUTO, limits)));
		var exhausted = assertInstanceOf(TaskProblem.BudgetExhausted.class, end.problem());
		assertEquals(1_500, exhausted.spent().tokens(), "the third call went over; no fourth was made");
		assertEquals(3, fixture.requests().size());
		var warning = fixture.logged(end.session(), BudgetWarned.class);
		assertEquals(1, warning.size());
		assertEquals(850, warning.get(0).spent().tokens());
		assertEquals(150, maxTokens(fixture.requests().get(2)), "the last call may only use what is left");
	}

	@Test
	void theCostCapCountsByThePriceTableAndThePlanIsEstimatedFirst() throws Exception {
		fixture.settings.setPrices(List.of(new PriceRule("big-*", 10.0, 30.0, 0)));
		fixture.server.enqueue(plan("One", "1", "Two", "2").usage(20_000, 1_000), say("one").usage(30_000, 1_000),
				say("two").usage(40_000, 1_000));
		var limits = Limits.DEFAULT.withMaxTokens(0).withMaxCost(0.5);
		var end = assertInstanceOf(TaskFailed.class, fixture.run("Two things", fixture.settings(ApprovalMode.AUTO, limits)));
		var exhausted = assertInstanceOf(TaskProblem.BudgetExhausted.class, end.problem());
		assertEquals(0.56, exhausted.spent().cost(), 1e-9);
		var estimate = fixture.logged(end.session(), TaskEstimated.class);
		assertEquals(1, estimate.size());
		assertTrue(estimate.get(0).estimate().tokens() > 0 && estimate.get(0).estimate().cost() > 0, estimate.toString());
	}

	private static int maxTokens(com.fasterxml.jackson.databind.JsonNode request) {
		var value = request.has("max_completion_tokens") ? request.path("max_completion_tokens") : request.path("max_tokens");
		return value.asInt(-1);
	}
}
