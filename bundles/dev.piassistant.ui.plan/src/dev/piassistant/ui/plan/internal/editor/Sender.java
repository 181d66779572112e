package dev.piassistant.ui.plan.internal.editor;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.plan.Plan;
import dev.piassistant.ui.plan.internal.Messages;

/**
 * Sends the user's revision and answers to the agent in a job (they write to the log), one at a time; the
 * editor hears the result as events, and here only whether it failed.
 */
final class Sender {

	private final AgentService agent;
	private final Display display;
	private final SessionId session;
	private final Consumer<Optional<String>> done;
	private boolean busy;

	Sender(AgentService agent, Display display, SessionId session, Consumer<Optional<String>> done) {
		this.agent = agent;
		this.display = display;
		this.session = session;
		this.done = done;
	}

	boolean busy() {
		return busy;
	}

	/** Sends the edited plan, if any, then approves the review, if asked. */
	void send(TaskId task, Optional<Plan> plan, String reason, Optional<QuestionId> approve) {
		run(() -> {
			plan.ifPresent(edited -> agent.revisePlan(session, task, edited, reason));
			approve.ifPresent(question -> agent.answer(session, question, Answer.Approve.once()));
		});
	}

	void decline(QuestionId question, String note) {
		run(() -> agent.answer(session, question, new Answer.Deny(note)));
	}

	private void run(Runnable work) {
		if (busy) {
			return;
		}
		busy = true;
		var job = Job.create(Messages.Sender_job, monitor -> {
			Optional<String> problem = Optional.empty();
			try {
				work.run();
			} catch (RuntimeException e) {
				problem = Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
			}
			var result = problem;
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					busy = false;
					done.accept(result);
				});
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setPriority(Job.INTERACTIVE);
		job.schedule();
	}
}
