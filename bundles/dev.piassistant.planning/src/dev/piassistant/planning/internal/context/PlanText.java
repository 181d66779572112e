package dev.piassistant.planning.internal.context;

import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepFlag;

/** A plan as the model reads it: one line per step with its state, indented by level. */
final class PlanText {

	private PlanText() {
	}

	static String of(Plan plan) {
		var text = new StringBuilder();
		plan.steps().forEach(step -> append(step, 0, text));
		if (!plan.constraints().isEmpty()) {
			text.append("Constraints:\n");
			plan.constraints().forEach(constraint -> text.append("- ").append(constraint).append('\n'));
		}
		return text.toString();
	}

	private static void append(Step step, int level, StringBuilder text) {
		text.append("  ".repeat(level)).append("- [").append(step.state().name().toLowerCase()).append("] ")
				.append(step.id()).append(": ").append(step.description());
		if (!step.expected().isBlank()) {
			text.append(" (expected: ").append(step.expected()).append(')');
		}
		if (step.has(StepFlag.SKIP)) {
			text.append(" (the user skips this step)");
		}
		text.append('\n');
		step.children().forEach(child -> append(child, level + 1, text));
	}
}
