package dev.piassistant.core.event;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.TaskId;

/** An event that asks the user something; the task waits for a {@link QuestionAnswered} naming it. */
public sealed interface Question permits PlanReviewRequested, ApprovalRequested, TaskPaused {

	TaskId task();

	QuestionId question();
}
