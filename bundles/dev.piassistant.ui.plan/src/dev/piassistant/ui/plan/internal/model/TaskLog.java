package dev.piassistant.ui.plan.internal.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.TaskProjection;
import dev.piassistant.core.agent.TaskSnapshot;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.AssistantMessageEnded;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.TaskEvent;

/**
 * One task's events, as read from the log and then heard live, each once, folded into the task's snapshot.
 * The editor and the timeline keep nothing else: what they show follows from these events. Confined to one
 * thread (the UI's).
 */
public final class TaskLog {

	private final SessionId session;
	private final TaskId task;
	private final TaskProjection projection = new TaskProjection();
	private final List<AgentEvent> events = new ArrayList<>();
	private final Set<AgentEvent> seen = new HashSet<>();
	private final Set<MessageId> messages = new HashSet<>();
	private Optional<TaskSnapshot> snapshot = Optional.empty();

	public TaskLog(SessionId session, TaskId task) {
		this.session = session;
		this.task = task;
	}

	public SessionId session() {
		return session;
	}

	public TaskId task() {
		return task;
	}

	/** Takes in an event of any session; returns whether it was new and about this task. */
	public boolean apply(AgentEvent event) {
		if (!event.session().equals(session) || !seen.add(event)) {
			return false;
		}
		projection.apply(event);
		if (!isOurs(event)) {
			return false;
		}
		events.add(event);
		snapshot = projection.snapshot(task);
		return true;
	}

	private boolean isOurs(AgentEvent event) {
		if (event instanceof TaskEvent taskEvent) {
			return taskEvent.task().equals(task);
		}
		if (event instanceof AssistantMessageStarted started && task.equals(started.task())) {
			messages.add(started.message());
			return true;
		}
		return event instanceof AssistantMessageEnded ended && messages.contains(ended.message());
	}

	/** The task's events so far, in log order. */
	public List<AgentEvent> events() {
		return List.copyOf(events);
	}

	public Optional<TaskSnapshot> snapshot() {
		return snapshot;
	}
}
