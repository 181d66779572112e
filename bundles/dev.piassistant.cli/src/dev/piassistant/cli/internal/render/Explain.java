package dev.piassistant.cli.internal.render;

import java.util.function.Function;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.cli.internal.Messages;
import dev.piassistant.core.PiHome;
import dev.piassistant.core.agent.PauseReason;
import dev.piassistant.core.agent.TaskProblem;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.plan.StepId;

/** The user's words for what went wrong and why the agent stopped to ask. */
public final class Explain {

	private Explain() {
	}

	public static String problem(TaskProblem problem) {
		if (problem instanceof TaskProblem.ProviderFailed failed) {
			return error(failed.error());
		}
		if (problem instanceof TaskProblem.InvalidOutput invalid) {
			return NLS.bind(Messages.Problem_invalidOutput, new Object[] { invalid.what(), invalid.attempts(), invalid.lastError() });
		}
		if (problem instanceof TaskProblem.BudgetExhausted budget) {
			return NLS.bind(Messages.Problem_budget, Numbers.against(budget.spent(), budget.limits()));
		}
		if (problem instanceof TaskProblem.PlanDeclined declined) {
			return declined.note().isBlank() ? Messages.Problem_planDeclined
					: NLS.bind(Messages.Problem_planDeclinedNote, declined.note());
		}
		if (problem instanceof TaskProblem.HookBlocked blocked) {
			return NLS.bind(Messages.Problem_hookBlocked, blocked.command(), blocked.reason());
		}
		var internal = (TaskProblem.Internal) problem;
		return NLS.bind(Messages.Problem_internal, internal.detail());
	}

	public static String error(ProviderError error) {
		if (error instanceof ProviderError.Unreachable unreachable) {
			return NLS.bind(Messages.Error_unreachable, unreachable.url(), detail(unreachable.detail()));
		}
		if (error instanceof ProviderError.Unauthorized unauthorized) {
			return NLS.bind(Messages.Error_unauthorized, unauthorized.status());
		}
		if (error instanceof ProviderError.RateLimited limited) {
			return limited.retryAfterSeconds() > 0 ? NLS.bind(Messages.Error_rateLimitedWait, limited.retryAfterSeconds())
					: Messages.Error_rateLimited;
		}
		if (error instanceof ProviderError.ServerError server) {
			return NLS.bind(Messages.Error_server, server.status(), detail(server.detail()));
		}
		if (error instanceof ProviderError.ModelNotFound notFound) {
			return NLS.bind(Messages.Error_modelNotFound, notFound.model());
		}
		if (error instanceof ProviderError.BadRequest bad) {
			return NLS.bind(Messages.Error_badRequest, bad.status(), detail(bad.detail()));
		}
		if (error instanceof ProviderError.MalformedResponse malformed) {
			return NLS.bind(Messages.Error_malformed, detail(malformed.detail()));
		}
		if (error instanceof ProviderError.Timeout timeout) {
			return NLS.bind(Messages.Error_timeout, timeout.seconds());
		}
		if (error instanceof ProviderError.NotConfigured missing) {
			return notConfigured(missing);
		}
		return NLS.bind(Messages.Error_unexpected, detail(((ProviderError.Unexpected) error).detail()));
	}

	private static String notConfigured(ProviderError.NotConfigured missing) {
		return switch (missing.missing()) {
			case PROVIDER -> NLS.bind(Messages.Error_noProvider, PiHome.directory().resolve("providers.json"));
			case PROVIDER_REMOVED -> NLS.bind(Messages.Error_providerRemoved, missing.name());
			case MODEL -> Messages.Error_noModel;
			case API_KEY -> NLS.bind(Messages.Error_noApiKey, missing.name());
			case SECURE_STORAGE -> NLS.bind(Messages.Error_secureStorage, missing.name());
		};
	}

	/** Whether the fix is in the provider settings, not in the task: exit code 6. */
	public static boolean isConfiguration(ProviderError error) {
		return error instanceof ProviderError.NotConfigured || error instanceof ProviderError.Unauthorized;
	}

	public static String pause(PauseReason reason, Function<StepId, String> steps) {
		if (reason instanceof PauseReason.ErrorBudgetSpent spent) {
			return NLS.bind(Messages.Pause_errors, spent.failures());
		}
		if (reason instanceof PauseReason.RepeatedCall repeated) {
			return NLS.bind(Messages.Pause_repeated, repeated.toolName(), repeated.times());
		}
		if (reason instanceof PauseReason.NoProgress stuck) {
			var step = stuck.step();
			return step == null ? NLS.bind(Messages.Pause_noProgressTask, stuck.turns())
					: NLS.bind(Messages.Pause_noProgress, steps.apply(step), stuck.turns());
		}
		return NLS.bind(Messages.Pause_askFirst, steps.apply(((PauseReason.AskFirst) reason).step()));
	}

	private static String detail(String detail) {
		return detail == null || detail.isBlank() ? "" : " (" + detail.strip() + ")";
	}
}
