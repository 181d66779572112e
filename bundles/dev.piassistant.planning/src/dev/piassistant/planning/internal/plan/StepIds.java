package dev.piassistant.planning.internal.plan;

import java.util.List;

import dev.piassistant.core.plan.PlanRevision;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepId;

/** Hands out step ids ("s1", "s2", ...) never used before in the task, so ids stay unique across revisions. */
public final class StepIds {

	private int next;

	public StepIds(List<PlanRevision> revisions) {
		next = 1 + revisions.stream().flatMap(revision -> revision.plan().all().stream()).map(Step::id)
				.mapToInt(StepIds::number).max().orElse(0);
	}

	public StepId next() {
		return new StepId("s" + next++);
	}

	private static int number(StepId id) {
		var value = id.value();
		if (value.length() > 1 && value.charAt(0) == 's') {
			try {
				return Integer.parseInt(value.substring(1));
			} catch (NumberFormatException e) {
				return 0;
			}
		}
		return 0;
	}
}
