package dev.piassistant.core.agent;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.event.Question;
import dev.piassistant.core.event.TaskEnded;
import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.PlanRevision;

/**
 * A task as its events tell it, at one point of the log: the current plan with live step states, every
 * revision, every tool call, the question it waits on, what it spent and how it ended.
 *
 * @param plan      the latest revision with the step states and tool calls logged since; empty without a plan
 * @param calls     tool calls by id, in the order they were requested
 * @param open      the question the task waits on, if any
 * @param ending    how it ended, if it has
 * @param lastText  the text of the task's latest completed answer
 */
public record TaskSnapshot(SessionId session, TaskId task, MessageId request, String prompt, TaskSettings settings,
		Plan plan, List<PlanRevision> revisions, Map<String, CallSnapshot> calls, Optional<Question> open, Spend spent,
		Optional<TaskEnded> ending, String lastText) {

	public TaskSnapshot {
		revisions = List.copyOf(revisions);
		calls = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(calls));
	}

	public boolean hasEnded() {
		return ending.isPresent();
	}

	public boolean hasPlan() {
		return !revisions.isEmpty();
	}

	/** The tool calls that completed (ran and returned, failed or not); a resumed task does not repeat them. */
	public List<CallSnapshot> finishedCalls() {
		return calls.values().stream().filter(call -> call.outcome().isPresent()).toList();
	}
}
