package dev.piassistant.ui.text;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.agent.TaskProblem;
import dev.piassistant.core.agent.TaskProblem.BudgetExhausted;
import dev.piassistant.core.agent.TaskProblem.Internal;
import dev.piassistant.core.agent.TaskProblem.InvalidOutput;
import dev.piassistant.core.agent.TaskProblem.PlanDeclined;
import dev.piassistant.core.agent.TaskProblem.ProviderFailed;

/** Explains why a task failed, and what the user can do about it. */
public final class TaskProblemText {

	private TaskProblemText() {
	}

	public static String message(TaskProblem problem) {
		if (problem instanceof ProviderFailed failed) {
			return ProviderErrorText.message(failed.error());
		} else if (problem instanceof InvalidOutput invalid) {
			return NLS.bind(Messages.Problem_invalidOutput, new Object[] { invalid.what(), invalid.attempts(), invalid.lastError() });
		} else if (problem instanceof BudgetExhausted budget) {
			return NLS.bind(Messages.Problem_budget, SpendText.against(budget.spent(), budget.limits()));
		} else if (problem instanceof PlanDeclined declined) {
			return declined.note().isBlank() ? Messages.Problem_planDeclined
					: NLS.bind(Messages.Problem_planDeclinedNote, declined.note().strip());
		} else if (problem instanceof TaskProblem.HookBlocked blocked) {
			return NLS.bind(Messages.Problem_hookBlocked, blocked.command(), blocked.reason());
		}
		return NLS.bind(Messages.Problem_internal, ((Internal) problem).detail());
	}

	public static String hint(TaskProblem problem) {
		if (problem instanceof ProviderFailed failed) {
			return ProviderErrorText.hint(failed.error());
		} else if (problem instanceof InvalidOutput) {
			return Messages.Problem_invalidOutputHint;
		} else if (problem instanceof BudgetExhausted) {
			return Messages.Problem_budgetHint;
		} else if (problem instanceof PlanDeclined) {
			return Messages.Problem_planDeclinedHint;
		} else if (problem instanceof TaskProblem.HookBlocked) {
			return Messages.Problem_hookBlockedHint;
		}
		return Messages.Problem_internalHint;
	}

	/** Whether the way out is on the Providers page. */
	public static boolean concernsSettings(TaskProblem problem) {
		return problem instanceof ProviderFailed failed && ProviderErrorText.concernsSettings(failed.error());
	}
}
