package dev.piassistant.planning.internal.loop;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.AnsweredBy;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.agent.Judgement;
import dev.piassistant.core.agent.PauseReason;
import dev.piassistant.core.agent.Spend;
import dev.piassistant.core.agent.TaskHandle;
import dev.piassistant.core.agent.TaskProblem;
import dev.piassistant.core.event.PlanReviewRequested;
import dev.piassistant.core.event.PlanRevised;
import dev.piassistant.core.event.QuestionAnswered;
import dev.piassistant.core.event.StepEnded;
import dev.piassistant.core.event.StepStarted;
import dev.piassistant.core.event.TaskCancelled;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.TaskEnded;
import dev.piassistant.core.event.TaskFailed;
import dev.piassistant.core.event.TaskPaused;
import dev.piassistant.core.event.TaskResumed;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.PlanAuthor;
import dev.piassistant.core.plan.PlanRevision;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepFlag;
import dev.piassistant.core.plan.StepState;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.planning.internal.context.Prompts;
import dev.piassistant.planning.internal.plan.PlanEdits;

/**
 * A task as an operation. Each round it reads what the log says about the task and makes the one move that
 * follows: run the next pending tool call, ask for a plan review, start, skip or finish a step, take a model
 * turn, or finish the task. Because every move is decided from the log alone, a task resumed after a crash
 * goes on exactly where the log stops, and completed tool calls are never made twice.
 */
public final class TaskRun {

	/** Invalid model outputs in a row (a plan, tool arguments) after which the task fails. */
	static final int MAX_INVALID_OUTPUTS = 3;
	private static final int PROGRESS_UNITS = 100;

	private final TaskContext context;
	private final boolean resuming;
	private final CompletableFuture<TaskEnded> outcome = new CompletableFuture<>();
	private final Handle handle = new Handle();
	private final ConversationTurn turns;
	private final Runnable ending;

	TaskRun(TaskContext context, boolean resuming, Runnable ending) {
		this.context = context;
		this.resuming = resuming;
		this.turns = new ConversationTurn(context);
		this.ending = ending;
	}

	public TaskHandle handle() {
		return handle;
	}

	public void cancel() {
		context.cancel.cancel();
	}

	public void answer(QuestionId question, Answer answer, AnsweredBy by) {
		context.questions.answer(question, answer,
				new QuestionAnswered(context.session, context.recorder.now(), context.task, question, answer, by));
	}

	/** The user's plan replaces the current one; the loop takes it up at its next move. */
	public void revisePlan(Plan plan, String reason) {
		var snapshot = context.facts().snapshot();
		var merged = PlanEdits.fromUser(snapshot.plan(), plan);
		context.recorder.record(new PlanRevised(context.session, context.recorder.now(), context.task,
				new PlanRevision(snapshot.revisions().size() + 1, PlanAuthor.USER, reason, merged)));
	}

	/** Runs the task to its end, whatever that is; never throws. */
	public void execute(IProgressMonitor monitor) {
		// The amount of work is known once there is a plan: one unit per step then.
		var progress = SubMonitor.convert(monitor, context.facts().snapshot().prompt().lines().findFirst().orElse(""),
				PROGRESS_UNITS);
		context.onProgress(progress::subTask);
		TaskEnded end;
		try {
			if (resuming) {
				context.recorder.record(new TaskResumed(context.session, context.recorder.now(), context.task));
			} else {
				checkPrompt();
			}
			end = loop(progress);
		} catch (CancelledException e) {
			end = new TaskCancelled(context.session, context.recorder.now(), context.task, spent());
		} catch (TaskFailure e) {
			end = new TaskFailed(context.session, context.recorder.now(), context.task, e.problem(), spent());
		} catch (RuntimeException e) {
			System.getLogger(TaskRun.class.getName()).log(System.Logger.Level.ERROR, "The task " + context.task + " failed", e);
			end = new TaskFailed(context.session, context.recorder.now(), context.task,
					new TaskProblem.Internal(e.getClass().getSimpleName() + ": " + e.getMessage()), spent());
		}
		finish(end);
	}

	/** Runs the UserPromptSubmit hooks on a new request; one that blocks fails the task with its reason. */
	private void checkPrompt() throws TaskFailure {
		var block = context.hooks.onPrompt(context.facts().snapshot().prompt());
		if (block != null) {
			throw new TaskFailure(new TaskProblem.HookBlocked(block.hook().command(), block.reason()));
		}
	}

	private void finish(TaskEnded end) {
		try {
			context.hooks.onStop(end);
		} catch (RuntimeException e) {
			System.getLogger(TaskRun.class.getName()).log(System.Logger.Level.WARNING, "The Stop hooks failed", e);
		}
		try {
			ending.run();
			context.recorder.record(end);
		} finally {
			outcome.complete(end);
		}
	}

	private Spend spent() {
		return context.facts().snapshot().spent();
	}

	private TaskEnded loop(SubMonitor progress) throws CancelledException, TaskFailure {
		while (true) {
			context.checkCancelled();
			var facts = context.facts();
			checkGuards(facts);
			var end = move(facts, progress);
			if (end != null) {
				return end;
			}
		}
	}

	/** Pauses that apply whatever comes next: too many failures in a row, a budget warning, invalid outputs. */
	private void checkGuards(TaskFacts facts) throws CancelledException, TaskFailure {
		var limits = context.settings.limits();
		if (facts.invalidInARow() >= MAX_INVALID_OUTPUTS) {
			throw new TaskFailure(new TaskProblem.InvalidOutput(facts.lastInvalidTool(), facts.invalidInARow(), facts.lastInvalid()));
		}
		if (facts.consecutiveFailures() >= limits.errorBudget()) {
			pause(new PauseReason.ErrorBudgetSpent(facts.consecutiveFailures()));
		}
		Budgets.warnIfNeeded(context, facts);
	}

	private @Nullable TaskEnded move(TaskFacts facts, SubMonitor progress) throws CancelledException, TaskFailure {
		var pending = facts.pendingCalls();
		if (!pending.isEmpty()) {
			runPending(facts, pending.get(0));
			return null;
		}
		var snapshot = facts.snapshot();
		if (!snapshot.hasPlan()) {
			return answerPhase(facts);
		}
		if (!facts.estimated()) {
			Budgets.estimate(context, facts);
			return null;
		}
		if (context.settings.mode() == ApprovalMode.REVIEW_PLAN && facts.planReview().isEmpty()) {
			reviewPlan(snapshot.revisions().size());
			return null;
		}
		return stepPhase(facts, snapshot.plan(), progress);
	}

	private void runPending(TaskFacts facts, TaskFacts.PendingCall pending) throws CancelledException {
		var step = facts.lastTurn().map(TaskFacts.Turn::step).orElse(null);
		if (pending.requested() && !pending.awaitingAnswer()) {
			// Requested, not waiting for the user, not ended: the process died while the call ran. Its effect is
			// unknown, so it is reported to the model, not repeated.
			context.recorder.record(new ToolCallEnded(context.session, context.recorder.now(), context.task, step,
					pending.call().id(), pending.call().name(), CallOutcome.INTERRUPTED, ToolResult.error(Prompts.INTERRUPTED), 0,
					new Judgement(Judgement.Verdict.UNCLEAR, Judgement.Signal.NONE, "")));
			return;
		}
		ToolCallRunner.run(context, pending, step);
	}

	private @Nullable TaskEnded answerPhase(TaskFacts facts) throws CancelledException, TaskFailure {
		var last = facts.lastTurn();
		if (last.isPresent() && last.get().step() == null && !last.get().completed().text().isBlank()
				&& last.get().completed().toolCalls().isEmpty()) {
			return completed(last.get().completed().text());
		}
		noProgressGuard(facts, null);
		turn(facts, null);
		return null;
	}

	private void reviewPlan(int revision) throws CancelledException, TaskFailure {
		var answer = context.questions.ask(new PlanReviewRequested(context.session, context.recorder.now(), context.task,
				QuestionId.random(), revision));
		if (answer instanceof Answer.Deny deny) {
			throw new TaskFailure(new TaskProblem.PlanDeclined(deny.note()));
		}
		if (answer instanceof Answer.Stop) {
			throw new CancelledException();
		}
	}

	private @Nullable TaskEnded stepPhase(TaskFacts facts, Plan plan, SubMonitor progress) throws CancelledException, TaskFailure {
		var running = plan.leaves().stream().filter(step -> step.state() == StepState.RUNNING).findFirst();
		var step = running.or(plan::next);
		if (step.isEmpty()) {
			if (plan.isFinished()) {
				return completed(facts.snapshot().lastText());
			}
			throw new TaskFailure(new TaskProblem.Internal("steps wait on dependencies that can never finish: "
					+ plan.leaves().stream().filter(leaf -> !leaf.state().isFinished()).map(leaf -> leaf.id().value()).toList()));
		}
		var current = step.get();
		var left = plan.leaves().size() - plan.finishedCount();
		progress.setWorkRemaining(left);
		progress.subTask((plan.finishedCount() + 1) + "/" + plan.leaves().size() + ": " + current.description());
		if (current.state() == StepState.PENDING) {
			begin(facts, current);
			return null;
		}
		var last = facts.lastTurn();
		if (last.isPresent() && current.id().equals(last.get().step()) && last.get().completed().toolCalls().isEmpty()
				&& current.id().equals(facts.currentStep())) {
			context.recorder.record(new StepEnded(context.session, context.recorder.now(), context.task, current.id(),
					StepState.DONE, last.get().completed().text()));
			progress.worked(1);
			return null;
		}
		noProgressGuard(facts, current);
		turn(facts, current);
		return null;
	}

	/** Starts a step, unless the user asked to skip it or to be asked first and said no. */
	private void begin(TaskFacts facts, Step step) throws CancelledException {
		var skip = step.has(StepFlag.SKIP);
		if (!skip && step.has(StepFlag.ASK_FIRST)) {
			var answer = facts.askedFirst(step.id());
			if (answer.isEmpty()) {
				answer = Optional.of(context.questions.ask(new TaskPaused(context.session, context.recorder.now(), context.task,
						QuestionId.random(), new PauseReason.AskFirst(step.id()))));
			}
			if (answer.get() instanceof Answer.Stop) {
				throw new CancelledException();
			}
			skip = !TaskFacts.isGoOn(answer.get());
		}
		if (skip) {
			context.recorder.record(new StepEnded(context.session, context.recorder.now(), context.task, step.id(),
					StepState.SKIPPED, ""));
		} else {
			context.recorder.record(new StepStarted(context.session, context.recorder.now(), context.task, step.id()));
		}
	}

	private void noProgressGuard(TaskFacts facts, @Nullable Step step) throws CancelledException {
		if (facts.turnsInPhase() >= context.settings.limits().noProgressTurns()) {
			pause(new PauseReason.NoProgress(step == null ? null : step.id(), facts.turnsInPhase()));
		}
	}

	private void pause(PauseReason reason) throws CancelledException {
		var answer = context.questions.ask(new TaskPaused(context.session, context.recorder.now(), context.task,
				QuestionId.random(), reason));
		if (!TaskFacts.isGoOn(answer)) {
			throw new CancelledException();
		}
	}

	private void turn(TaskFacts facts, @Nullable Step step) throws CancelledException, TaskFailure {
		turns.take(facts, step);
	}

	private TaskEnded completed(String summary) {
		return new TaskCompleted(context.session, context.recorder.now(), context.task, summary, spent());
	}

	/** What the agent service hands out for the running task. */
	private final class Handle implements TaskHandle {

		@Override
		public SessionId session() {
			return context.session;
		}

		@Override
		public TaskId task() {
			return context.task;
		}

		@Override
		public Optional<Streaming> streaming() {
			return Optional.ofNullable(context.streams.now());
		}

		@Override
		public void cancel() {
			TaskRun.this.cancel();
		}

		@Override
		public CompletionStage<TaskEnded> outcome() {
			return outcome;
		}
	}
}
