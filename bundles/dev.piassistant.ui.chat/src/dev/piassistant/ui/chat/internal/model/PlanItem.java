package dev.piassistant.ui.chat.internal.model;

import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.event.TaskEstimated;
import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.PlanRevision;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepState;

/**
 * One revision of a task's plan. The current revision shows the steps' live states; an earlier one is shown
 * as it was proposed and marked as replaced.
 *
 * @param plan         the steps with their states now (current) or as proposed (replaced)
 * @param current      whether this is the task's latest revision
 * @param openReview   the plan-review question waiting for the user, if any
 * @param reviewAnswer how the user answered the review, if they have
 * @param estimate     what the agent expects the plan to cost, once it has said so
 */
public record PlanItem(TaskId task, PlanRevision revision, Plan plan, boolean current, @Nullable QuestionId openReview,
		@Nullable Answer reviewAnswer, @Nullable TaskEstimated estimate) implements TranscriptItem {

	@Override
	public String key() {
		return "plan:" + task + ":" + revision.number();
	}

	/** Steps that do work and are finished. */
	public int finished() {
		return plan.finishedCount();
	}

	/** Steps that do work. */
	public int total() {
		return plan.leaves().size();
	}

	/** The step being worked on, if any. */
	public Optional<Step> running() {
		return plan.leaves().stream().filter(step -> step.state() == StepState.RUNNING).findFirst();
	}
}
