package dev.piassistant.core.plan;

import java.util.Objects;

/**
 * One version of a task's plan.
 *
 * @param number 1 for the first plan, then one more for each revision
 * @param reason why it was revised (the agent's reasoning or the user's note); empty for the first plan
 */
public record PlanRevision(int number, PlanAuthor author, String reason, Plan plan) {

	public PlanRevision {
		Objects.requireNonNull(author, "author");
		Objects.requireNonNull(plan, "plan");
		reason = reason == null ? "" : reason;
		if (number < 1) {
			throw new IllegalArgumentException("revision numbers start at 1");
		}
	}
}
