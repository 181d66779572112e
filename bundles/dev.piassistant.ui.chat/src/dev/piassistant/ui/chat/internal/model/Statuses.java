package dev.piassistant.ui.chat.internal.model;

import java.util.Collection;
import java.util.Optional;

import dev.piassistant.core.agent.AgentTools;
import dev.piassistant.core.agent.TaskSnapshot;
import dev.piassistant.core.event.ApprovalRequested;
import dev.piassistant.core.event.PlanReviewRequested;
import dev.piassistant.core.event.TaskCancelled;
import dev.piassistant.core.event.TaskFailed;
import dev.piassistant.core.plan.StepState;

/** Decides the activity the status line names, from the running task's snapshot or the last task's end. */
final class Statuses {

	private Statuses() {
	}

	/** Nothing runs: say how the last task ended, when that is worth saying. */
	static Activity idle(Collection<TaskRecord> tasks) {
		var last = tasks.stream().reduce((first, second) -> second);
		if (last.isEmpty()) {
			return new Activity.Ready();
		}
		var record = last.get();
		if (record.interrupted) {
			return new Activity.Interrupted();
		}
		if (record.ending instanceof TaskFailed) {
			return new Activity.Failed();
		}
		return record.ending instanceof TaskCancelled ? new Activity.Stopped() : new Activity.Ready();
	}

	/**
	 * @param answeringModel the model of the answer being streamed, if one is
	 */
	static Activity running(TaskSnapshot task, Optional<String> answeringModel) {
		var open = task.open();
		if (open.isPresent()) {
			var question = open.get();
			if (question instanceof ApprovalRequested approval) {
				return new Activity.WaitingForApproval(approval.call().name());
			}
			return question instanceof PlanReviewRequested ? new Activity.WaitingForReview() : new Activity.Paused();
		}
		if (planning(task)) {
			return new Activity.Planning();
		}
		if (task.hasPlan()) {
			return step(task);
		}
		var tool = task.calls().values().stream().filter(call -> call.ended().isEmpty()).reduce((first, second) -> second);
		if (tool.isPresent()) {
			return new Activity.RunningTool(tool.get().call().name());
		}
		return new Activity.Answering(answeringModel.orElse(task.settings().model().model()));
	}

	/** The model called its plan tool, and the plan is not logged yet. */
	private static boolean planning(TaskSnapshot task) {
		return task.calls().values().stream().anyMatch(call -> AgentTools.isOwn(call.call().name()) && call.ended().isEmpty());
	}

	private static Activity step(TaskSnapshot task) {
		var leaves = task.plan().leaves();
		for (int i = 0; i < leaves.size(); i++) {
			if (leaves.get(i).state() == StepState.RUNNING) {
				return new Activity.Step(i + 1, leaves.size(), leaves.get(i).description());
			}
		}
		return new Activity.Working(task.plan().finishedCount(), leaves.size());
	}
}
