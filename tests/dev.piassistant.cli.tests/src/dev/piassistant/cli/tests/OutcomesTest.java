package dev.piassistant.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.piassistant.cli.internal.ExitCode;
import dev.piassistant.cli.internal.Outcomes;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.Spend;
import dev.piassistant.core.agent.TaskProblem;
import dev.piassistant.core.event.TaskCancelled;
import dev.piassistant.core.event.TaskFailed;
import dev.piassistant.core.llm.ProviderError;

class OutcomesTest {

	private final Scenario task = new Scenario();

	@Test
	void exitCodesByHowTheTaskEnded() {
		assertEquals(0, code(task.completed("ok", Spend.NONE), false, false));
		assertEquals(1, code(failed(new TaskProblem.ProviderFailed(new ProviderError.Unreachable("http://x", ""))), false, false));
		assertEquals(1, code(failed(new TaskProblem.InvalidOutput("plan", 3, "no steps")), false, false));
		assertEquals(3, code(new TaskCancelled(task.session, task.next(), task.task, Spend.NONE), false, false));
		assertEquals(3, code(failed(new TaskProblem.PlanDeclined("")), false, false), "the user said no to the plan");
		assertEquals(4, code(failed(new TaskProblem.BudgetExhausted(new Spend(10, 0, 0), Limits.DEFAULT.withMaxTokens(10))), false, false));
		assertEquals(6, code(failed(new TaskProblem.ProviderFailed(new ProviderError.NotConfigured(ProviderError.Missing.API_KEY, "Work"))), false, false));
		assertEquals(6, code(failed(new TaskProblem.ProviderFailed(new ProviderError.Unauthorized(401, ""))), false, false));
	}

	@Test
	void ctrlCAndUnansweredQuestionsSayMoreThanTheEnding() {
		assertEquals(3, code(failed(new TaskProblem.Internal("x")), true, true), "the user pressed Ctrl+C");
		assertEquals(5, code(task.completed("done without writing", Spend.NONE), false, true), "a write was refused for want of a terminal");
		assertEquals(5, code(failed(new TaskProblem.PlanDeclined("no reviewer")), false, true));
		assertEquals(5, code(new TaskCancelled(task.session, task.next(), task.task, Spend.NONE), false, true), "stopped at a pause nobody could answer");
	}

	private TaskFailed failed(TaskProblem problem) {
		return new TaskFailed(task.session, task.next(), task.task, problem, Spend.NONE);
	}

	private static int code(dev.piassistant.core.event.TaskEnded ended, boolean interrupted, boolean unanswered) {
		ExitCode code = Outcomes.exitCode(ended, interrupted, unanswered);
		return code.code();
	}
}
