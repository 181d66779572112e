package dev.piassistant.ui.plan.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.AgentListener;
import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.TaskEnded;
import dev.piassistant.core.event.TaskEvent;
import dev.piassistant.core.event.TaskResumed;
import dev.piassistant.core.event.TaskStarted;
import dev.piassistant.ui.UiPump;
import dev.piassistant.ui.plan.internal.model.TaskLog;

/**
 * One task's events for a view: its history read from the log in a job, then what the agent reports live,
 * handed to the display thread one batch per frame. Events heard while the history was read are applied
 * after it, so the task is folded in log order.
 */
public final class TaskFeed implements AgentListener {

	/** Told on the display thread. */
	public interface Listener {

		/** The task's log changed (or was read for the first time). */
		void changed(TaskLog log, boolean running);

		/** The history could not be read. */
		void failed(String message);
	}

	private record Loaded(List<AgentEvent> history, boolean running) {
	}

	private final AgentService agent;
	private final SessionId session;
	private final TaskId task;
	private final Listener listener;
	private final UiPump<Object> pump;
	private final List<AgentEvent> early = new ArrayList<>();
	private TaskLog log;
	private boolean loaded;
	private boolean running;

	public TaskFeed(AgentService agent, Display display, SessionId session, TaskId task, Listener listener) {
		this.agent = agent;
		this.session = session;
		this.task = task;
		this.listener = listener;
		this.log = new TaskLog(session, task);
		pump = new UiPump<>(display, UiPump.DEFAULT_FRAME_MILLIS, this::drain);
		agent.addListener(this);
		var job = Job.create(Messages.Feed_loading, monitor -> {
			try {
				var history = agent.history(session);
				var now = agent.running(session).map(handle -> handle.task().equals(task)).orElse(false);
				pump.post(new Loaded(history, now));
			} catch (RuntimeException e) {
				display.asyncExec(() -> listener.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	public TaskLog log() {
		return log;
	}

	public boolean running() {
		return running;
	}

	@Override
	public void onEvent(AgentEvent event) {
		if (event.session().equals(session)) {
			pump.post(event);
		}
	}

	private void drain(List<Object> batch) {
		var changed = false;
		for (var item : batch) {
			if (item instanceof Loaded history) {
				log = new TaskLog(session, task);
				history.history().forEach(log::apply);
				early.forEach(this::apply);
				early.clear();
				running = history.running() && log.snapshot().map(snapshot -> !snapshot.hasEnded()).orElse(false);
				loaded = true;
				changed = true;
			} else if (!loaded) {
				early.add((AgentEvent) item);
			} else {
				changed |= apply((AgentEvent) item);
			}
		}
		if (changed && loaded) {
			listener.changed(log, running);
		}
	}

	private boolean apply(AgentEvent event) {
		if (event instanceof TaskEvent taskEvent && taskEvent.task().equals(task)) {
			if (event instanceof TaskEnded) {
				running = false;
			} else if (event instanceof TaskStarted || event instanceof TaskResumed) {
				running = true;
			}
		}
		return log.apply(event);
	}

	public void dispose() {
		agent.removeListener(this);
		pump.dispose();
	}
}
