package dev.piassistant.ui.chat.internal.model;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.AgentTools;
import dev.piassistant.core.agent.Spend;
import dev.piassistant.core.agent.TaskHandle;
import dev.piassistant.core.agent.TaskSnapshot;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.ApprovalRequested;
import dev.piassistant.core.event.AssistantMessageEnded;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.AssistantRetryScheduled;
import dev.piassistant.core.event.BudgetWarned;
import dev.piassistant.core.event.ContextCompacted;
import dev.piassistant.core.event.ModelFailedOver;
import dev.piassistant.core.event.HookFailed;
import dev.piassistant.core.event.PlanReviewRequested;
import dev.piassistant.core.event.Question;
import dev.piassistant.core.event.QuestionAnswered;
import dev.piassistant.core.event.TaskEnded;
import dev.piassistant.core.event.TaskEstimated;
import dev.piassistant.core.event.ChangesReviewed;
import dev.piassistant.core.event.CheckpointTaken;
import dev.piassistant.core.event.TaskEvent;
import dev.piassistant.core.event.TaskPaused;
import dev.piassistant.core.event.TaskResumed;
import dev.piassistant.core.event.TaskStarted;
import dev.piassistant.core.event.UserMessageSent;

/**
 * The Agent view's state, without widgets: the session shown, its events turned into an ordered list of
 * transcript items, the questions open now, what tasks spent, and what the status line says. History and
 * live events go through the same code, so a reopened session looks as it did. It keeps no copy of the
 * agent's running state beyond the text of the answer being streamed. Confined to one thread (the UI's).
 */
public final class ChatController {

	private final Items items = new Items();
	private final Set<AgentEvent> seen = new HashSet<>();
	private final Map<TaskId, TaskRecord> tasks = new LinkedHashMap<>();
	private final Answers answers = new Answers(items);
	/** Which task each answer serves, so that its end reaches the task's projection. */
	private final Map<MessageId, TaskId> answerTasks = new HashMap<>();
	private @Nullable SessionId session;
	private @Nullable TaskId live;
	private boolean starting;
	private boolean stopping;
	private boolean replaying;

	public Optional<SessionId> session() {
		return Optional.ofNullable(session);
	}

	/** The session the next message goes to; a new chat gets its id now, so its events are recognised. */
	public SessionId sessionForSending() {
		var current = session;
		if (current == null) {
			current = SessionId.random();
			session = current;
		}
		return current;
	}

	/** An empty new chat. */
	public void clear() {
		items.clear();
		seen.clear();
		tasks.clear();
		answers.clear();
		answerTasks.clear();
		session = null;
		live = null;
		starting = false;
		stopping = false;
	}

	/**
	 * Shows a session from its history. Tasks that started, did not end and are not the running one were
	 * interrupted (the IDE closed while they ran).
	 *
	 * @param running   the session's running task, if any
	 * @param streaming the answer it streams now, if any
	 */
	public void show(SessionId shown, List<AgentEvent> history, Optional<TaskId> running,
			Optional<TaskHandle.Streaming> streaming) {
		clear();
		session = shown;
		replaying = true;
		try {
			history.forEach(this::apply);
		} finally {
			replaying = false;
		}
		live = running.orElse(null);
		tasks.values().stream().filter(record -> record.ending == null && !record.start.task().equals(live))
				.forEach(this::markInterrupted);
		answers.interruptAllBut(live);
		streaming.ifPresent(answer -> answers.resume(answer.message(), answer.text(), answer.thinking()));
		refreshAll();
	}

	private void markInterrupted(TaskRecord record) {
		record.interrupted = true;
		record.snapshot().calls().values().stream().filter(call -> call.ended().isEmpty())
				.forEach(call -> record.interruptedCalls.add(call.call().id()));
		items.putAfterTask(new InterruptedItem(record.start.task(), false), record.start.task());
	}

	/** Takes in one event; events of other sessions, and events already taken in, change nothing. */
	public boolean apply(AgentEvent event) {
		if (session == null || !event.session().equals(session) || !seen.add(event)) {
			return false;
		}
		toTask(event);
		if (event instanceof UserMessageSent sent) {
			answers.sent(sent);
		} else if (event instanceof AssistantMessageStarted started) {
			var task = started.task() == null ? null : tasks.get(started.task());
			answers.started(started, task == null ? "" : task.start.prompt(), !replaying);
		} else if (event instanceof AssistantRetryScheduled retry) {
			answers.retry(retry);
		} else if (event instanceof AssistantMessageEnded ended) {
			answers.ended(ended);
		} else if (event instanceof TaskEvent taskEvent) {
			taskEvent(taskEvent);
		}
		return true;
	}

	/** Hands an event to the projection of the task it belongs to. */
	private void toTask(AgentEvent event) {
		TaskId task = null;
		if (event instanceof TaskEvent taskEvent && !(event instanceof TaskStarted)) {
			task = taskEvent.task();
		} else if (event instanceof AssistantMessageStarted started && started.task() != null) {
			task = started.task();
			answerTasks.put(started.message(), task);
		} else if (event instanceof AssistantMessageEnded ended) {
			task = answerTasks.get(ended.message());
		}
		var record = task == null ? null : tasks.get(task);
		if (record != null) {
			record.apply(event);
		}
	}

	private void taskEvent(TaskEvent event) {
		var wasLive = live;
		if (event instanceof TaskStarted started) {
			tasks.put(started.task(), new TaskRecord(started));
			if (!replaying) {
				goesLive(started.task());
			}
		}
		var record = tasks.get(event.task());
		if (record == null) {
			return;
		}
		record(record, event);
		if (event instanceof TaskResumed resumed) {
			record.interrupted = false;
			items.remove(new InterruptedItem(resumed.task(), false).key());
			items.put(new NoticeItem("resumed:" + resumed.task() + ":" + resumed.at(), resumed), resumed.task());
			if (!replaying) {
				goesLive(resumed.task());
			}
		} else if (event instanceof TaskEnded end) {
			ended(record, end);
		}
		if (Objects.equals(wasLive, live)) {
			refresh(record);
		} else {
			refreshAll();
		}
	}

	/** Keeps what the projection does not: questions and answers, warnings and notices in their place. */
	private void record(TaskRecord record, TaskEvent event) {
		if (event instanceof PlanReviewRequested review) {
			record.reviews.put(review.revision(), review.question());
		} else if (event instanceof ApprovalRequested approval) {
			record.approvals.put(approval.question(), approval);
		} else if (event instanceof TaskPaused pause) {
			record.pauses.put(pause.question(), pause);
		} else if (event instanceof QuestionAnswered answered) {
			record.answers.put(answered.question(), answered.answer());
		} else if (event instanceof CheckpointTaken taken) {
			record.undoableCalls.add(taken.callId());
		} else if (event instanceof ChangesReviewed reviewed && !reviewed.withdrawn()) {
			record.undoableCalls.add(reviewed.callId());
		} else if (event instanceof TaskEstimated estimated) {
			record.estimate = estimated;
		} else if (event instanceof BudgetWarned warned) {
			items.put(new BudgetItem(warned.task(), ++record.budgetWarnings, warned.spent(), warned.limits()), warned.task());
		} else if (event instanceof ContextCompacted || event instanceof ModelFailedOver || event instanceof HookFailed) {
			items.put(new NoticeItem("notice:" + event.task() + ":" + event.at() + ":" + event.getClass().getSimpleName(),
					event), event.task());
		}
	}

	private void goesLive(TaskId task) {
		live = task;
		starting = false;
	}

	private void ended(TaskRecord record, TaskEnded end) {
		record.ending = end;
		var took = Duration.between(record.start.at(), end.at());
		var calls = (int) record.snapshot().calls().values().stream().filter(call -> !AgentTools.isOwn(call.call().name()))
				.count();
		items.put(new OutcomeItem(end.task(), end, took, calls, record.start.prompt(), !record.undoableCalls.isEmpty()), end.task());
		if (end.task().equals(live)) {
			live = null;
			stopping = false;
			answers.stopStreaming();
		}
	}

	/** Puts every task's items anew: when which task runs changes, their questions open or close. */
	private void refreshAll() {
		tasks.values().forEach(this::refresh);
	}

	private void refresh(TaskRecord record) {
		var task = record.start.task();
		TaskItems.refresh(items, record, record.snapshot(), task.equals(live));
		if (record.interrupted) {
			items.put(new InterruptedItem(task, live == null && !starting), task);
		}
	}

	/** More text of an answer arrived (not logged until the answer ends). */
	public boolean textDelta(SessionId in, MessageId message, String delta) {
		if (!in.equals(session)) {
			return false;
		}
		answers.text(message, delta);
		return true;
	}

	public boolean thinkingDelta(SessionId in, MessageId message, String delta) {
		if (!in.equals(session)) {
			return false;
		}
		answers.thinking(message, delta);
		return true;
	}

	/** The user sent a message; until the task starts (or fails to), the session counts as busy. */
	public void sending() {
		sessionForSending();
		starting = true;
		refreshAll();
	}

	/** The user asked to resume an interrupted task. */
	public void resuming() {
		starting = true;
		refreshAll();
	}

	/** The task could not be started (or resumed). */
	public void startFailed() {
		starting = false;
		stopping = false;
		refreshAll();
	}

	/** The user pressed Stop. */
	public void stopping() {
		if (isBusy()) {
			stopping = true;
		}
	}

	public boolean isBusy() {
		return starting || live != null;
	}

	/** The task running now, as the events tell. */
	public Optional<TaskId> running() {
		return Optional.ofNullable(live);
	}

	/** The items to show, in order. */
	public List<TranscriptItem> items() {
		answers.showStreamed();
		return items.list(MessageItems::shown);
	}

	/** The questions the running task waits on. */
	public List<Question> openQuestions() {
		return running().flatMap(this::snapshot).flatMap(TaskSnapshot::open).stream().toList();
	}

	public Spend taskSpend(TaskId task) {
		return snapshot(task).map(TaskSnapshot::spent).orElse(Spend.NONE);
	}

	/** What the session spent: every task, and answers given outside tasks (in older logs). */
	public Spend sessionSpend() {
		return tasks.values().stream().map(record -> record.snapshot().spent()).reduce(answers.outsideTasks(), Spend::plus);
	}

	public StatusLine status() {
		var last = running().or(() -> tasks.keySet().stream().reduce((first, second) -> second));
		var task = last.map(this::taskSpend).orElse(Spend.NONE);
		return new StatusLine(activity(), task, sessionSpend());
	}

	private Activity activity() {
		if (live == null) {
			return starting ? new Activity.Sending() : Statuses.idle(tasks.values());
		}
		if (stopping) {
			return new Activity.Stopping();
		}
		var model = answers.streamingModel();
		return snapshot(live).map(snapshot -> Statuses.running(snapshot, model)).orElse(new Activity.Sending());
	}

	public Optional<TaskSnapshot> snapshot(TaskId task) {
		return Optional.ofNullable(tasks.get(task)).map(TaskRecord::snapshot);
	}
}
