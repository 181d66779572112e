package dev.piassistant.planning.internal.routing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.agent.CallPurpose;
import dev.piassistant.core.agent.TaskSettings;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.Routing;

/**
 * Chooses the model for each call. A pinned task always uses its model. Otherwise cheap work (reading,
 * summarizing, judging a result, short questions) goes to the small model, and planning, changes and
 * steps that went wrong go to the large one; either falls back to the task's model when not configured. A
 * model that failed over during the task is replaced by the fallback.
 */
public final class ModelRouter {

	/** What the router knows about a call. */
	public record Call(CallPurpose purpose, String work, boolean planned, boolean afterDivergence) {
	}

	private static final Pattern LIGHT_WORK = Pattern.compile(
			"\\b(read|list|find|search|look|inspect|show|explain|summari[sz]e|describe|count|check what|what|where|which|why|how)\\b");
	private static final int SHORT_QUESTION = 240;

	private ModelRouter() {
	}

	public static ModelRef choose(TaskSettings settings, Routing routing, Call call, Set<ModelRef> failed) {
		var chosen = settings.pinned() ? settings.model() : byComplexity(settings.model(), routing, call);
		if (failed.contains(chosen) && routing.fallback() != null && !failed.contains(routing.fallback())) {
			return routing.fallback();
		}
		return chosen;
	}

	private static ModelRef byComplexity(ModelRef model, Routing routing, Call call) {
		return switch (complexity(call)) {
			case LOW -> or(routing.small(), model);
			case HIGH -> or(routing.large(), model);
		};
	}

	enum Complexity {
		LOW, HIGH
	}

	static Complexity complexity(Call call) {
		if (call.purpose() == CallPurpose.SUMMARY || call.purpose() == CallPurpose.JUDGE) {
			return Complexity.LOW;
		}
		if (call.afterDivergence()) {
			return Complexity.HIGH;
		}
		var work = call.work().toLowerCase(Locale.ROOT);
		if (call.purpose() == CallPurpose.ANSWER && !call.planned()) {
			// The first call decides whether a plan is needed: short questions are cheap, requests for work are not.
			return work.length() <= SHORT_QUESTION && work.strip().endsWith("?") && LIGHT_WORK.matcher(work).find()
					? Complexity.LOW : Complexity.HIGH;
		}
		return LIGHT_WORK.matcher(work).find() && !work.contains("fix") && !work.contains("change") ? Complexity.LOW
				: Complexity.HIGH;
	}

	private static ModelRef or(@Nullable ModelRef configured, ModelRef model) {
		return configured != null ? configured : model;
	}
}
