package dev.piassistant.core.agent;

import dev.piassistant.core.llm.ProviderError;

/** Why a task failed. */
public sealed interface TaskProblem {

	/** The model could not be reached or did not answer; the error says how. */
	record ProviderFailed(ProviderError error) implements TaskProblem {
	}

	/**
	 * The model's output stayed invalid after as many tries as allowed.
	 *
	 * @param what      what was asked of it (a plan, a tool call's arguments)
	 * @param lastError the validation error of the last try, as the model was told it
	 */
	record InvalidOutput(String what, int attempts, String lastError) implements TaskProblem {
	}

	/** A cap of the task's limits was reached. */
	record BudgetExhausted(Spend spent, Limits limits) implements TaskProblem {
	}

	/** The user declined the plan. */
	record PlanDeclined(String note) implements TaskProblem {
	}

	/** A hook the user configured refused the request ({@code UserPromptSubmit}); the reason is the hook's. */
	record HookBlocked(String command, String reason) implements TaskProblem {
	}

	/** Something went wrong inside Pi Assistant; the detail is for the error log. */
	record Internal(String detail) implements TaskProblem {
	}
}
