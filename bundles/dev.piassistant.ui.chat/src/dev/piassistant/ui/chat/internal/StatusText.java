package dev.piassistant.ui.chat.internal;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.ui.chat.internal.model.Activity;
import dev.piassistant.ui.chat.internal.model.StatusLine;
import dev.piassistant.ui.text.SpendText;

/** Says the status line: what runs, then what this task and this chat spent. */
final class StatusText {

	private StatusText() {
	}

	static String of(StatusLine status) {
		var parts = new StringBuilder(activity(status.activity()));
		if (status.task().tokens() > 0 && !status.task().equals(status.session())) {
			parts.append(" \u00b7 ").append(NLS.bind(Messages.Status_task, SpendText.of(status.task())));
		}
		if (status.session().tokens() > 0) {
			parts.append(" \u00b7 ").append(NLS.bind(Messages.Status_session, SpendText.of(status.session())));
		}
		return parts.toString();
	}

	static String activity(Activity activity) {
		if (activity instanceof Activity.Answering answering) {
			return NLS.bind(Messages.Streaming, answering.model());
		} else if (activity instanceof Activity.Step step) {
			return NLS.bind(Messages.Status_step, new Object[] { step.number(), step.total(), step.description() });
		} else if (activity instanceof Activity.Working working) {
			return NLS.bind(Messages.Status_working, working.finished(), working.total());
		} else if (activity instanceof Activity.RunningTool tool) {
			return NLS.bind(Messages.Status_tool, tool.tool());
		} else if (activity instanceof Activity.WaitingForApproval approval) {
			return NLS.bind(Messages.Status_approval, approval.tool());
		}
		return simple(activity);
	}

	private static String simple(Activity activity) {
		if (activity instanceof Activity.Sending) {
			return Messages.Sending;
		} else if (activity instanceof Activity.Stopping) {
			return Messages.Status_stopping;
		} else if (activity instanceof Activity.Planning) {
			return Messages.Status_planning;
		} else if (activity instanceof Activity.WaitingForReview) {
			return Messages.Status_review;
		} else if (activity instanceof Activity.Paused) {
			return Messages.Status_paused;
		} else if (activity instanceof Activity.Stopped) {
			return Messages.StoppedStatus;
		} else if (activity instanceof Activity.Failed) {
			return Messages.FailedStatus;
		} else if (activity instanceof Activity.Interrupted) {
			return Messages.Status_interrupted;
		}
		return Messages.Ready;
	}
}
