package dev.piassistant.planning.internal.loop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.QuestionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.agent.CallPurpose;
import dev.piassistant.core.agent.GrantScope;
import dev.piassistant.core.agent.PauseReason;
import dev.piassistant.core.agent.TaskProjection;
import dev.piassistant.core.agent.TaskSnapshot;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.ApprovalRequested;
import dev.piassistant.core.event.AssistantMessageCompleted;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.BudgetWarned;
import dev.piassistant.core.event.ModelFailedOver;
import dev.piassistant.core.event.PlanReviewRequested;
import dev.piassistant.core.event.Question;
import dev.piassistant.core.event.QuestionAnswered;
import dev.piassistant.core.event.StepStarted;
import dev.piassistant.core.event.TaskEstimated;
import dev.piassistant.core.event.TaskEvent;
import dev.piassistant.core.event.TaskPaused;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.event.ToolCallRequested;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.tool.Grant;
import dev.piassistant.core.tool.GrantTarget;
import dev.piassistant.planning.internal.json.JsonArguments;

/**
 * What the log says about a task, as the loop needs it to decide its next move: the snapshot, the latest model
 * turn and its calls still to run, the counters that guard against runaways, the user's grants and answers.
 * Computed afresh from the events each time, so the loop keeps no state the log does not have.
 */
final class TaskFacts implements Consumer<AgentEvent> {

	/** The latest completed model turn of the conversation. */
	record Turn(MessageId message, @Nullable StepId step, AssistantMessageCompleted completed) {
	}

	/**
	 * A call of the latest turn that has not ended.
	 *
	 * @param requested      whether its request was recorded
	 * @param awaitingAnswer whether the task was waiting for the user's answer about it (so it never ran)
	 */
	record PendingCall(ToolCall call, boolean requested, boolean awaitingAnswer) {
	}

	private final TaskId task;
	private final TaskProjection projection = new TaskProjection();
	private @Nullable TaskSnapshot snapshot;
	private final Map<MessageId, AssistantMessageStarted> turnStarts = new HashMap<>();
	private final Map<QuestionId, Question> questions = new HashMap<>();
	private final Set<String> requested = new HashSet<>();
	private final Set<String> ended = new HashSet<>();
	private final Map<String, Integer> repeats = new HashMap<>();
	/** The repeat key of each call by its id: working it out means reading the arguments. */
	private final Map<String, String> keys = new HashMap<>();
	private final List<Grant> grants = new ArrayList<>();
	private final Set<ModelRef> failedModels = new HashSet<>();
	private @Nullable Turn lastTurn;
	private @Nullable StepId currentStep;
	private int turnsInPhase;
	private int failures;
	private int invalidInARow;
	private String lastInvalid = "";
	private String lastInvalidTool = "";
	private boolean warned;
	private boolean estimated;
	private Optional<Answer> planReview = Optional.empty();
	private final Map<StepId, Answer> askedFirst = new HashMap<>();

	TaskFacts(TaskId task) {
		this.task = task;
	}

	/** Takes in one more event of the session, in log order. */
	@Override
	public synchronized void accept(AgentEvent event) {
		projection.apply(event);
		snapshot = null;
		if (event instanceof AssistantMessageStarted started && task.equals(started.task())) {
			turnStarts.put(started.message(), started);
		} else if (event instanceof AssistantMessageCompleted completed && turnStarts.containsKey(completed.message())) {
			completed(completed);
		} else if (event instanceof QuestionAnswered answered) {
			answered(answered);
		} else if (event instanceof ApprovalRequested approval) {
			// Approvals of every task count: a grant for the session reaches later tasks.
			questions.put(approval.question(), approval);
		}
		if (event instanceof TaskEvent taskEvent && taskEvent.task().equals(task)) {
			taskEvent(taskEvent);
		}
	}

	private void completed(AssistantMessageCompleted completed) {
		var started = turnStarts.get(completed.message());
		if (started.purpose() == CallPurpose.ANSWER || started.purpose() == CallPurpose.STEP) {
			lastTurn = new Turn(completed.message(), started.step(), completed);
			turnsInPhase++;
		}
	}

	private void taskEvent(TaskEvent event) {
		if (event instanceof StepStarted started) {
			currentStep = started.step();
			turnsInPhase = 0;
		} else if (event instanceof ToolCallRequested call) {
			requested.add(call.call().id());
			repeats.merge(keyOf(call.call()), 1, Integer::sum);
		} else if (event instanceof ToolCallEnded end) {
			ended(end);
		} else if (event instanceof Question question) {
			questions.put(question.question(), question);
		} else if (event instanceof BudgetWarned) {
			warned = true;
		} else if (event instanceof TaskEstimated) {
			estimated = true;
		} else if (event instanceof ModelFailedOver failover) {
			failedModels.add(failover.from());
		}
	}

	private void ended(ToolCallEnded end) {
		ended.add(end.callId());
		var failed = end.outcome() == CallOutcome.FAILED || end.outcome() == CallOutcome.INVALID || end.judgement().diverged();
		failures = failed ? failures + 1 : 0;
		if (end.outcome() == CallOutcome.INVALID) {
			invalidInARow++;
			lastInvalid = end.result().output();
			lastInvalidTool = end.toolName();
		} else {
			invalidInARow = 0;
		}
	}

	private void answered(QuestionAnswered answered) {
		var question = questions.get(answered.question());
		if (question == null) {
			return;
		}
		if (question instanceof ApprovalRequested approval && answered.answer() instanceof Answer.Approve approve
				&& approve.scope() != GrantScope.ONCE) {
			grants.add(grantOf(approval, approve, answered.at()));
		}
		if (!question.task().equals(task)) {
			return;
		}
		if (question instanceof PlanReviewRequested) {
			planReview = Optional.of(answered.answer());
		} else if (question instanceof TaskPaused paused && paused.reason() instanceof PauseReason.AskFirst ask) {
			askedFirst.put(ask.step(), answered.answer());
		} else if (question instanceof TaskPaused paused && isGoOn(answered.answer())) {
			reset(paused.reason());
		}
	}

	/** Going on after a pause starts its counter afresh. */
	private void reset(PauseReason reason) {
		if (reason instanceof PauseReason.ErrorBudgetSpent) {
			failures = 0;
		} else if (reason instanceof PauseReason.RepeatedCall repeated) {
			repeats.put(repeated.toolName() + " " + JsonArguments.canonical(repeated.arguments()), 0);
		} else if (reason instanceof PauseReason.NoProgress) {
			turnsInPhase = 0;
		}
	}

	/** The task as its events tell it so far. */
	synchronized TaskSnapshot snapshot() {
		var current = snapshot;
		if (current == null) {
			current = projection.snapshot(task).orElseThrow(() -> new IllegalStateException("no task " + task + " in the log"));
			snapshot = current;
		}
		return current;
	}

	/** Every task of the session so far, oldest first. */
	synchronized List<TaskSnapshot> sessionTasks() {
		return projection.snapshots();
	}

	static boolean isGoOn(Answer answer) {
		return answer instanceof Answer.Proceed || answer instanceof Answer.Approve;
	}

	private String keyOf(ToolCall call) {
		return keys.computeIfAbsent(call.id(), id -> key(call));
	}

	private static String key(ToolCall call) {
		return call.name() + " " + JsonArguments.canonical(call.arguments());
	}

	synchronized Optional<Turn> lastTurn() {
		return Optional.ofNullable(lastTurn);
	}

	/** The calls of the latest turn that have not ended, in the model's order. */
	synchronized List<PendingCall> pendingCalls() {
		if (lastTurn == null) {
			return List.of();
		}
		return lastTurn.completed().toolCalls().stream().filter(call -> !ended.contains(call.id()))
				.map(call -> new PendingCall(call, requested.contains(call.id()), snapshot().open().isPresent())).toList();
	}

	/**
	 * What the user granted in the session's answers so far, of every task: the permission policy decides which
	 * reach a call (a grant for a task reaches only that task, a timed one runs out).
	 */
	synchronized List<Grant> grants() {
		return List.copyOf(grants);
	}

	/** An approval's grant: what the user chose of its choices, or the tool when it offered none (older logs). */
	private static Grant grantOf(ApprovalRequested approval, Answer.Approve approve, Instant at) {
		var target = approve.target() != null ? approve.target() : new GrantTarget.AnyCall(approval.call().name());
		var until = approve.scope() == GrantScope.TIMED ? at.plusSeconds(approve.minutes() * 60) : null;
		return new Grant(target, approve.scope(), approval.task(), until, Grant.BY_USER);
	}

	synchronized int repeats(ToolCall call) {
		return repeats.getOrDefault(keyOf(call), 0);
	}

	synchronized int consecutiveFailures() {
		return failures;
	}

	synchronized int invalidInARow() {
		return invalidInARow;
	}

	synchronized String lastInvalid() {
		return lastInvalid;
	}

	synchronized String lastInvalidTool() {
		return lastInvalidTool;
	}

	/** Model turns since the current step started (or since the task started, without a plan). */
	synchronized int turnsInPhase() {
		return turnsInPhase;
	}

	synchronized @Nullable StepId currentStep() {
		return currentStep;
	}

	synchronized boolean warned() {
		return warned;
	}

	synchronized boolean estimated() {
		return estimated;
	}

	synchronized Optional<Answer> planReview() {
		return planReview;
	}

	synchronized Optional<Answer> askedFirst(StepId step) {
		return Optional.ofNullable(askedFirst.get(step));
	}

	/** Models that failed over in this task; the router avoids them. */
	synchronized Set<ModelRef> failedModels() {
		return Set.copyOf(failedModels);
	}
}
