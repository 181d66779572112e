package dev.piassistant.cli.internal.render;

import java.util.List;
import java.util.Optional;

import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.TaskProjection;
import dev.piassistant.core.agent.TaskSnapshot;
import dev.piassistant.core.event.AgentEvent;

/** The session's tasks as the events seen so far tell them; shared by the renderer and the questions. */
public final class TaskView {

	private final TaskProjection projection = new TaskProjection();

	public synchronized void apply(AgentEvent event) {
		projection.apply(event);
	}

	public synchronized void applyAll(List<AgentEvent> events) {
		events.forEach(projection::apply);
	}

	public synchronized Optional<TaskSnapshot> task(TaskId task) {
		return projection.snapshots().stream().filter(snapshot -> snapshot.task().equals(task)).findFirst();
	}

	public StepLabels labels(TaskId task) {
		return new StepLabels(task(task).map(TaskSnapshot::plan).orElse(dev.piassistant.core.plan.Plan.EMPTY));
	}
}
