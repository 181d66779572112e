package dev.piassistant.core.agent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.AssistantMessageCompleted;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.PlanRevised;
import dev.piassistant.core.event.Question;
import dev.piassistant.core.event.QuestionAnswered;
import dev.piassistant.core.event.StepEnded;
import dev.piassistant.core.event.StepStarted;
import dev.piassistant.core.event.TaskEnded;
import dev.piassistant.core.event.TaskStarted;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.event.ToolCallRequested;
import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.PlanRevision;
import dev.piassistant.core.plan.StepState;

/**
 * Folds a session's events into its tasks. The agent (to resume), the views and the command line all read
 * tasks this way, so none keeps a second copy of what the log says.
 */
public final class TaskProjection {

	private final Map<TaskId, Builder> tasks = new LinkedHashMap<>();
	private final Map<MessageId, TaskId> messageTasks = new HashMap<>();

	/** The tasks of a session's events, oldest first. */
	public static List<TaskSnapshot> of(List<AgentEvent> events) {
		var projection = new TaskProjection();
		events.forEach(projection::apply);
		return projection.snapshots();
	}

	/** One task of a session's events. */
	public static Optional<TaskSnapshot> find(List<AgentEvent> events, TaskId task) {
		return of(events).stream().filter(snapshot -> snapshot.task().equals(task)).findFirst();
	}

	public void apply(AgentEvent event) {
		if (event instanceof TaskStarted started) {
			tasks.put(started.task(), new Builder(started));
		} else if (event instanceof AssistantMessageStarted started && started.task() != null) {
			messageTasks.put(started.message(), started.task());
		} else if (event instanceof AssistantMessageCompleted completed) {
			var owner = messageTasks.get(completed.message());
			var builder = owner == null ? null : tasks.get(owner);
			if (builder != null) {
				builder.completed(completed);
			}
		} else if (event instanceof dev.piassistant.core.event.TaskEvent taskEvent) {
			var builder = tasks.get(taskEvent.task());
			if (builder != null) {
				builder.apply(taskEvent);
			}
		}
	}

	public List<TaskSnapshot> snapshots() {
		return tasks.values().stream().map(Builder::build).toList();
	}

	/** One task as the events applied so far tell it. */
	public Optional<TaskSnapshot> snapshot(TaskId task) {
		return Optional.ofNullable(tasks.get(task)).map(Builder::build);
	}

	/** Collects one task's events. */
	private static final class Builder {

		private final TaskStarted start;
		private final List<PlanRevision> revisions = new ArrayList<>();
		private final Map<String, CallSnapshot> calls = new LinkedHashMap<>();
		private Plan plan = Plan.EMPTY;
		private Optional<Question> open = Optional.empty();
		private Spend spent = Spend.NONE;
		private Optional<TaskEnded> ending = Optional.empty();
		private String lastText = "";

		Builder(TaskStarted start) {
			this.start = start;
		}

		void completed(AssistantMessageCompleted completed) {
			spent = spent.plus(Spend.of(completed.usage(), completed.cost()));
			if (!completed.text().isBlank()) {
				lastText = completed.text();
			}
		}

		void apply(dev.piassistant.core.event.TaskEvent event) {
			if (event instanceof PlanRevised revised) {
				revisions.add(revised.revision());
				plan = revised.revision().plan();
			} else if (event instanceof StepStarted started) {
				plan = plan.with(started.step(), step -> step.withState(StepState.RUNNING));
			} else if (event instanceof StepEnded ended) {
				plan = plan.with(ended.step(), step -> step.withState(ended.state()));
			} else if (event instanceof ToolCallRequested requested) {
				calls.put(requested.call().id(), new CallSnapshot(requested.call(), requested.step(), requested.risk(), Optional.empty()));
				if (requested.step() != null) {
					plan = plan.with(requested.step(), step -> step.withToolCall(requested.call().id()));
				}
			} else if (event instanceof ToolCallEnded ended) {
				var call = calls.get(ended.callId());
				if (call != null) {
					calls.put(ended.callId(), new CallSnapshot(call.call(), call.step(), call.risk(), Optional.of(ended)));
				}
			} else if (event instanceof Question question) {
				open = Optional.of(question);
			} else if (event instanceof QuestionAnswered answered) {
				open = open.filter(question -> !question.question().equals(answered.question()));
			} else if (event instanceof TaskEnded end) {
				ending = Optional.of(end);
				open = Optional.empty();
			}
		}

		TaskSnapshot build() {
			return new TaskSnapshot(start.session(), start.task(), start.request(), start.prompt(), start.settings(), plan,
					revisions, calls, open, spent, ending, lastText);
		}
	}
}
