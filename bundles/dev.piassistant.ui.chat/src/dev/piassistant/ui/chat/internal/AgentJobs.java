package dev.piassistant.ui.chat.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.event.SessionSummary;
import dev.piassistant.ui.chat.internal.model.ChatSearch;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.TaskHandle;
import dev.piassistant.core.agent.TaskRequest;

/**
 * What the Agent view asks of the agent, each in a job: starting, resuming and stopping tasks, answering
 * questions, reading sessions. They write to the log or wait on a connection, which the UI thread never
 * does. Results come back on the display thread; failures as the exception's message.
 */
final class AgentJobs {

	private final AgentService agent;
	private final Display display;

	AgentJobs(AgentService agent, Display display) {
		this.agent = agent;
		this.display = display;
	}

	void start(TaskRequest request, Consumer<TaskHandle> started, Consumer<String> failed) {
		run(Messages.Sending, () -> agent.start(request), started, failed);
	}

	void resume(SessionId session, TaskId task, Consumer<String> failed) {
		run(Messages.Sending, () -> agent.resume(session, task), handle -> {
		}, failed);
	}

	void answer(SessionId session, QuestionId question, Answer answer, Consumer<String> failed) {
		run(Messages.Sending, () -> {
			agent.answer(session, question, answer);
			return question;
		}, done -> {
		}, failed);
	}

	void rename(SessionId session, String title, Runnable done, Consumer<String> failed) {
		run(Messages.Chat_renaming, () -> {
			agent.renameSession(session, title);
			return session;
		}, renamed -> done.run(), failed);
	}

	void delete(SessionId session, Runnable done, Consumer<String> failed) {
		run(Messages.Chat_deleting, () -> {
			agent.deleteSession(session);
			return session;
		}, deleted -> done.run(), failed);
	}

	/** The chats whose title or messages hold every word of the query, most recent first. */
	void search(String query, Consumer<List<SessionSummary>> found, Consumer<String> failed) {
		run(Messages.Chat_searching, () -> agent.sessions().stream()
				.filter(summary -> ChatSearch.matches(summary, agent.history(summary.session()), query)).toList(), found, failed);
	}

	/** Stopping closes a connection and records an event: quick, but not for the UI thread. */
	void cancel(SessionId session) {
		var job = Job.create(Messages.Status_stopping, monitor -> {
			agent.cancel(session);
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setPriority(Job.INTERACTIVE);
		job.schedule();
	}

	/** Reads a session; {@code loaded} is called on the job's thread (it hands over through the pump). */
	void load(Supplier<Optional<SessionId>> which, Consumer<Optional<ViewUpdate.Session>> loaded, Consumer<String> failed) {
		var job = Job.create("Loading chat", monitor -> {
			try {
				loaded.accept(which.get().map(this::read));
			} catch (RuntimeException e) {
				later(() -> failed.accept(message(e)));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private ViewUpdate.Session read(SessionId session) {
		var history = agent.history(session);
		var running = agent.running(session);
		return new ViewUpdate.Session(session, history, running.map(TaskHandle::task),
				running.flatMap(TaskHandle::streaming));
	}

	private <T> void run(String name, Supplier<T> work, Consumer<T> done, Consumer<String> failed) {
		var job = Job.create(name, monitor -> {
			try {
				var result = work.get();
				later(() -> done.accept(result));
			} catch (RuntimeException e) {
				later(() -> failed.accept(message(e)));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setPriority(Job.INTERACTIVE);
		job.schedule();
	}

	private void later(Runnable action) {
		if (!display.isDisposed()) {
			display.asyncExec(action);
		}
	}

	private static String message(RuntimeException e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
