package dev.piassistant.ui.chat.internal.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.QuestionId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.agent.CallPurpose;
import dev.piassistant.core.agent.Judgement;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.PauseReason;
import dev.piassistant.core.agent.Spend;
import dev.piassistant.core.agent.TaskProblem;
import dev.piassistant.core.agent.TaskSettings;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.ApprovalRequested;
import dev.piassistant.core.event.AssistantMessageCompleted;
import dev.piassistant.core.event.AssistantMessageFailed;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.PlanReviewRequested;
import dev.piassistant.core.event.PlanRevised;
import dev.piassistant.core.event.QuestionAnswered;
import dev.piassistant.core.event.StepEnded;
import dev.piassistant.core.event.StepStarted;
import dev.piassistant.core.event.TaskCancelled;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.TaskFailed;
import dev.piassistant.core.event.TaskPaused;
import dev.piassistant.core.event.TaskStarted;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.event.ToolCallRequested;
import dev.piassistant.core.event.UserMessageSent;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.StopReason;
import dev.piassistant.core.llm.TokenUsage;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.PlanAuthor;
import dev.piassistant.core.plan.PlanRevision;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.plan.StepState;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.ToolResult;

/**
 * Writes a session's events the way the agent loop logs them, one task at a time, and feeds each to the
 * controller as it is written (or keeps them, to be shown as history).
 */
final class Script {

	static final ModelRef MODEL = new ModelRef("local", "qwen2.5-coder:7b");

	final SessionId session = SessionId.random();
	final List<AgentEvent> log = new ArrayList<>();
	private final ChatController controller;
	private Instant clock = Instant.parse("2026-03-01T09:00:00Z");
	private int calls;
	TaskStarted task;

	/** @param controller fed every event as it is logged; null to only keep the log */
	Script(ChatController controller) {
		this.controller = controller;
	}

	private <T extends AgentEvent> T log(T event) {
		log.add(event);
		if (controller != null) {
			controller.apply(event);
		}
		return event;
	}

	Instant now() {
		clock = clock.plusMillis(250);
		return clock;
	}

	/** The user's message and the task that takes it on. */
	TaskStarted ask(String prompt, ApprovalMode mode) {
		var sent = log(new UserMessageSent(session, now(), MessageId.random(), prompt));
		task = log(new TaskStarted(session, now(), dev.piassistant.core.TaskId.random(), sent.message(), prompt,
				new TaskSettings(mode, MODEL, false, Limits.DEFAULT)));
		return task;
	}

	AssistantMessageStarted startAnswer(StepId step) {
		return log(new AssistantMessageStarted(session, now(), MessageId.random(), task.request(), MODEL, task.task(), step,
				step == null ? CallPurpose.ANSWER : CallPurpose.STEP));
	}

	AssistantMessageCompleted complete(AssistantMessageStarted started, String text, int in, int out, double cost,
			ToolCall... toolCalls) {
		return log(new AssistantMessageCompleted(session, now(), started.message(), text, new TokenUsage(in, out), "",
				List.of(toolCalls), toolCalls.length > 0 ? StopReason.TOOL_USE : StopReason.END_TURN, cost));
	}

	AssistantMessageFailed fail(AssistantMessageStarted started, String partial, ProviderError error) {
		return log(new AssistantMessageFailed(session, now(), started.message(), partial, error));
	}

	ToolCall call(String tool, String arguments) {
		return new ToolCall("call-" + (++calls), tool, arguments);
	}

	ToolCallRequested request(StepId step, ToolCall call, Risk risk) {
		return log(new ToolCallRequested(session, now(), task.task(), step, call, risk));
	}

	ToolCallEnded end(StepId step, ToolCall call, CallOutcome outcome, ToolResult result, Judgement judgement) {
		return log(new ToolCallEnded(session, now(), task.task(), step, call.id(), call.name(), outcome, result, 120, judgement));
	}

	ToolCallEnded endOk(StepId step, ToolCall call, String output) {
		return end(step, call, CallOutcome.COMPLETED, ToolResult.ok(output),
				new Judgement(Judgement.Verdict.AS_EXPECTED, Judgement.Signal.NO_ERROR, ""));
	}

	/** The model proposes a plan through the agent's own tool: a call that becomes revision 1. */
	Plan propose(Step... steps) {
		var answer = startAnswer(null);
		var call = call("propose_plan", "{\"steps\":[]}");
		complete(answer, "", 300, 80, 0.001, call);
		request(null, call, null);
		var plan = new Plan(List.of(steps));
		log(new PlanRevised(session, now(), task.task(), new PlanRevision(1, PlanAuthor.AGENT, "", plan)));
		endOk(null, call, "Plan recorded as revision 1.");
		return plan;
	}

	PlanRevised revise(int number, PlanAuthor author, String reason, Step... steps) {
		return log(new PlanRevised(session, now(), task.task(), new PlanRevision(number, author, reason, new Plan(List.of(steps)))));
	}

	PlanReviewRequested askReview(int revision) {
		return log(new PlanReviewRequested(session, now(), task.task(), QuestionId.random(), revision));
	}

	ApprovalRequested askApproval(ToolCall call, Risk risk, String rule) {
		return log(new ApprovalRequested(session, now(), task.task(), QuestionId.random(), call, risk, rule));
	}

	TaskPaused pause(PauseReason reason) {
		return log(new TaskPaused(session, now(), task.task(), QuestionId.random(), reason));
	}

	QuestionAnswered answer(QuestionId question, Answer answer) {
		return log(new QuestionAnswered(session, now(), task.task(), question, answer));
	}

	StepStarted startStep(String id) {
		return log(new StepStarted(session, now(), task.task(), new StepId(id)));
	}

	StepEnded endStep(String id, StepState state) {
		return log(new StepEnded(session, now(), task.task(), new StepId(id), state, ""));
	}

	<T extends AgentEvent> T event(T event) {
		return log(event);
	}

	TaskCompleted completeTask(String summary, Spend spent) {
		return log(new TaskCompleted(session, now(), task.task(), summary, spent));
	}

	TaskFailed failTask(TaskProblem problem, Spend spent) {
		return log(new TaskFailed(session, now(), task.task(), problem, spent));
	}

	TaskCancelled cancelTask(Spend spent) {
		return log(new TaskCancelled(session, now(), task.task(), spent));
	}
}
