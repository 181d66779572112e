package dev.piassistant.ui.text;

import java.util.function.Function;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.agent.PauseReason;
import dev.piassistant.core.agent.PauseReason.AskFirst;
import dev.piassistant.core.agent.PauseReason.ErrorBudgetSpent;
import dev.piassistant.core.agent.PauseReason.NoProgress;
import dev.piassistant.core.agent.PauseReason.RepeatedCall;
import dev.piassistant.core.plan.StepId;

/** Explains why a task paused to ask whether to go on. */
public final class PauseReasonText {

	private PauseReasonText() {
	}

	/**
	 * @param stepName how to name a step to the user (its description in the plan); the id when unknown
	 */
	public static String message(PauseReason reason, Function<StepId, String> stepName) {
		if (reason instanceof ErrorBudgetSpent spent) {
			return NLS.bind(Messages.Pause_errorBudget, spent.failures());
		} else if (reason instanceof RepeatedCall repeated) {
			return NLS.bind(Messages.Pause_repeatedCall, repeated.toolName(), repeated.times());
		} else if (reason instanceof NoProgress stuck) {
			var step = stuck.step();
			return step == null ? NLS.bind(Messages.Pause_noProgressTask, stuck.turns())
					: NLS.bind(Messages.Pause_noProgress, stepName.apply(step), stuck.turns());
		}
		return NLS.bind(Messages.Pause_askFirst, stepName.apply(((AskFirst) reason).step()));
	}

	public static String message(PauseReason reason) {
		return message(reason, StepId::value);
	}

	/** What the user can do. */
	public static String hint() {
		return Messages.Pause_hint;
	}
}
