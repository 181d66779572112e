package dev.piassistant.cli.internal;

import dev.piassistant.cli.internal.render.Explain;
import dev.piassistant.core.agent.TaskProblem;
import dev.piassistant.core.event.TaskCancelled;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.TaskEnded;
import dev.piassistant.core.event.TaskFailed;

/** The exit code for how a task ended, and what the command line did on the way. */
public final class Outcomes {

	private Outcomes() {
	}

	/**
	 * @param interrupted whether the user pressed Ctrl+C
	 * @param unanswered  whether a question was refused because nobody could be asked; this is the cause to
	 *                    report even when the task went on and completed without what it asked for
	 */
	public static ExitCode exitCode(TaskEnded ended, boolean interrupted, boolean unanswered) {
		if (interrupted) {
			return ExitCode.CANCELLED;
		}
		if (unanswered) {
			return ExitCode.NO_ANSWER;
		}
		if (ended instanceof TaskCompleted) {
			return ExitCode.COMPLETED;
		}
		if (ended instanceof TaskCancelled) {
			return ExitCode.CANCELLED;
		}
		var problem = ((TaskFailed) ended).problem();
		if (problem instanceof TaskProblem.BudgetExhausted) {
			return ExitCode.BUDGET_EXHAUSTED;
		}
		if (problem instanceof TaskProblem.PlanDeclined) {
			return ExitCode.CANCELLED;
		}
		if (problem instanceof TaskProblem.ProviderFailed failed && Explain.isConfiguration(failed.error())) {
			return ExitCode.PROVIDER_NOT_CONFIGURED;
		}
		return ExitCode.FAILED;
	}
}
