package dev.piassistant.core.event;

import dev.piassistant.core.TaskId;

/** Something that happened in a task. */
public sealed interface TaskEvent extends AgentEvent
		permits TaskStarted, PlanRevised, PlanReviewRequested, StepStarted, StepEnded, ToolCallRequested,
		ApprovalRequested, QuestionAnswered, ToolCallEnded, TaskPaused, TaskResumed, BudgetWarned, PermissionDecided,
		CheckpointTaken,
		ContextCompacted, ModelFailedOver, TaskEstimated, HookFailed, TaskEnded, ToolEvent {

	TaskId task();
}
