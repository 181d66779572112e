package dev.piassistant.core.agent;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.plan.StepId;

/** Why a task stopped to ask the user whether to go on. */
public sealed interface PauseReason {

	/** Tool calls failed this many times in a row. */
	record ErrorBudgetSpent(int failures) implements PauseReason {
	}

	/** The model called the same tool with the same arguments this many times. */
	record RepeatedCall(String toolName, String arguments, int times) implements PauseReason {
	}

	/** The model took this many turns in a step (or, without a plan, in the task) without finishing it. */
	record NoProgress(@Nullable StepId step, int turns) implements PauseReason {
	}

	/** The user asked to be asked before this step runs. */
	record AskFirst(StepId step) implements PauseReason {
	}
}
