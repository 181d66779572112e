package dev.piassistant.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.PauseReason;
import dev.piassistant.core.agent.Spend;
import dev.piassistant.core.agent.TaskProblem;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.plan.StepId;

/** Why a task failed or paused, and what it spent, in the user's words. */
class TaskTextTest {

	@Test
	void aFailedProviderIsExplainedAsTheProviderErrorIs() {
		var problem = new TaskProblem.ProviderFailed(new ProviderError.Unauthorized(403, ""));
		assertEquals("The provider refused the API key (HTTP 403).", TaskProblemText.message(problem));
		assertTrue(TaskProblemText.concernsSettings(problem));
	}

	@Test
	void aBudgetReachedNamesWhatWasSpentAgainstTheCaps() {
		var problem = new TaskProblem.BudgetExhausted(new Spend(480_000, 21_000, 0.52), new Limits(500_000, 0.5, 3, 3, 12));
		assertEquals("The task reached its limit: it spent 501,000 of 500,000 tokens, $0.52 of $0.50.",
				TaskProblemText.message(problem));
		assertTrue(TaskProblemText.hint(problem).contains("Pi Assistant > Agent"));
	}

	@Test
	void invalidOutputDeclinedPlansAndInternalFailures() {
		assertEquals("The model's plan was still not valid after 3 tries: steps is empty",
				TaskProblemText.message(new TaskProblem.InvalidOutput("plan", 3, "steps is empty")));
		assertEquals("You declined the plan: Only touch the tests",
				TaskProblemText.message(new TaskProblem.PlanDeclined(" Only touch the tests ")));
		assertEquals("You declined the plan.", TaskProblemText.message(new TaskProblem.PlanDeclined("")));
		assertTrue(TaskProblemText.message(new TaskProblem.Internal("boom")).endsWith("boom"));
	}

	@Test
	void pausesSayWhyWithTheStepByItsDescription() {
		assertEquals("3 tool calls failed in a row.", PauseReasonText.message(new PauseReason.ErrorBudgetSpent(3)));
		assertEquals("The model called read_file with the same arguments 3 times.",
				PauseReasonText.message(new PauseReason.RepeatedCall("read_file", "{}", 3)));
		assertEquals("The model took 12 turns on the step 'Fix the build' without finishing it.",
				PauseReasonText.message(new PauseReason.NoProgress(new StepId("s2"), 12), id -> "Fix the build"));
		assertEquals("The model took 12 turns without finishing the task.",
				PauseReasonText.message(new PauseReason.NoProgress(null, 12)));
		assertEquals("You asked to be asked before the step 's4' runs.",
				PauseReasonText.message(new PauseReason.AskFirst(new StepId("s4"))));
	}

	@Test
	void spendingReadsAsTokensAndDollars() {
		assertEquals("1,234 tokens", SpendText.of(new Spend(1000, 234, 0)));
		assertEquals("1,234 tokens, $1.50", SpendText.of(new Spend(1000, 234, 1.5)));
		assertEquals("$0.0012", SpendText.dollars(0.00123));
		assertEquals("500,000 tokens", SpendText.caps(Limits.DEFAULT));
	}
}
