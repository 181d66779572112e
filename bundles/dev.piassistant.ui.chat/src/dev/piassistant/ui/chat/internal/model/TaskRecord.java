package dev.piassistant.ui.chat.internal.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.TaskProjection;
import dev.piassistant.core.agent.TaskSnapshot;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.ApprovalRequested;
import dev.piassistant.core.event.TaskEnded;
import dev.piassistant.core.event.TaskEstimated;
import dev.piassistant.core.event.TaskPaused;
import dev.piassistant.core.event.TaskStarted;

/**
 * What the controller remembers of one task beyond the {@code TaskProjection}: the questions asked with
 * their answers (the projection keeps only the open one), the plan-review questions by revision, and
 * whether the task was interrupted.
 */
final class TaskRecord {

	final TaskStarted start;
	final Map<QuestionId, ApprovalRequested> approvals = new LinkedHashMap<>();
	final Map<QuestionId, TaskPaused> pauses = new LinkedHashMap<>();
	final Map<Integer, QuestionId> reviews = new HashMap<>();
	final Map<QuestionId, Answer> answers = new HashMap<>();
	/** Calls that had not ended when the task was found interrupted: resuming does not run them on. */
	final Set<String> interruptedCalls = new HashSet<>();
	/** Calls that changed files under a checkpoint (written by the loop or through a review): they can be undone. */
	final Set<String> undoableCalls = new HashSet<>();
	/** The task's own events folded, so that one task's snapshot costs nothing of the others'. */
	private final TaskProjection projection = new TaskProjection();
	private @Nullable TaskSnapshot snapshot;
	int budgetWarnings;
	@Nullable
	TaskEstimated estimate;
	boolean interrupted;
	@Nullable
	TaskEnded ending;

	TaskRecord(TaskStarted start) {
		this.start = start;
		apply(start);
	}

	/** Takes in one of the task's events, or an event of one of its answers. */
	void apply(AgentEvent event) {
		projection.apply(event);
		snapshot = null;
	}

	TaskSnapshot snapshot() {
		var known = snapshot;
		if (known == null) {
			known = projection.snapshots().get(0);
			snapshot = known;
		}
		return known;
	}

	@Nullable
	Answer answer(QuestionId question) {
		return answers.get(question);
	}
}
