package dev.piassistant.ui.plan.internal.editor;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.agent.TaskSnapshot;
import dev.piassistant.core.event.ApprovalRequested;
import dev.piassistant.core.event.TaskCancelled;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.TaskPaused;
import dev.piassistant.core.plan.StepState;
import dev.piassistant.ui.plan.internal.Messages;
import dev.piassistant.ui.text.PauseReasonText;
import dev.piassistant.ui.text.TaskProblemText;

/** What the task is doing, in a line. */
final class StatusText {

	private StatusText() {
	}

	static String of(TaskSnapshot snapshot, boolean running, boolean reviewOpen) {
		var ending = snapshot.ending();
		if (ending.isPresent()) {
			if (ending.get() instanceof TaskCompleted) {
				return Messages.Status_completed;
			}
			if (ending.get() instanceof TaskCancelled) {
				return Messages.Status_cancelled;
			}
			return NLS.bind(Messages.Status_failed, TaskProblemText.message(((dev.piassistant.core.event.TaskFailed) ending.get()).problem()));
		}
		if (!running) {
			return Messages.Status_interrupted;
		}
		if (reviewOpen) {
			return Messages.Status_review;
		}
		var open = snapshot.open();
		if (open.isPresent() && open.get() instanceof ApprovalRequested approval) {
			return NLS.bind(Messages.Status_approval, approval.call().name());
		}
		if (open.isPresent() && open.get() instanceof TaskPaused paused) {
			return NLS.bind(Messages.Status_paused, PauseReasonText.message(paused.reason()));
		}
		var leaves = snapshot.plan().leaves();
		for (int i = 0; i < leaves.size(); i++) {
			if (leaves.get(i).state() == StepState.RUNNING) {
				return NLS.bind(Messages.Status_step, new Object[] { i + 1, leaves.size(), leaves.get(i).description() });
			}
		}
		return snapshot.hasPlan() ? Messages.Status_working : Messages.Status_planning;
	}
}
