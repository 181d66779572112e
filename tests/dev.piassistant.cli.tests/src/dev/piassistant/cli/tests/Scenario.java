package dev.piassistant.cli.tests;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.QuestionId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.agent.CallPurpose;
import dev.piassistant.core.agent.Judgement;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.Spend;
import dev.piassistant.core.agent.TaskSettings;
import dev.piassistant.core.event.ApprovalRequested;
import dev.piassistant.core.event.AssistantMessageCompleted;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.PlanRevised;
import dev.piassistant.core.event.QuestionAnswered;
import dev.piassistant.core.event.StepEnded;
import dev.piassistant.core.event.StepStarted;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.TaskStarted;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.event.ToolCallRequested;
import dev.piassistant.core.event.UserMessageSent;
import dev.piassistant.core.llm.ModelRef;
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

/** Events of one task as the agent logs them, a tenth of a second apart, for feeding to renderers. */
final class Scenario {

	static final ModelRef MODEL = new ModelRef("local-1", "qwen2.5-coder");

	final SessionId session = new SessionId("5e55-10n");
	final TaskId task = new TaskId("3f2a91c0-7d1e-4c55-9b1a-2d2f4e6a8b10");
	final MessageId request = new MessageId("request-1");
	private Instant now = Instant.parse("2026-01-05T10:00:00Z");

	Instant next() {
		now = now.plusMillis(100);
		return now;
	}

	UserMessageSent userMessage(String text) {
		return new UserMessageSent(session, next(), request, text);
	}

	TaskStarted started(String prompt, ApprovalMode mode) {
		return new TaskStarted(session, next(), task, request, prompt, new TaskSettings(mode, MODEL, false, Limits.DEFAULT));
	}

	AssistantMessageStarted answering(MessageId message, StepId step, CallPurpose purpose) {
		return new AssistantMessageStarted(session, next(), message, request, MODEL, task, step, purpose);
	}

	AssistantMessageCompleted answered(MessageId message, String text, List<ToolCall> calls) {
		return new AssistantMessageCompleted(session, next(), message, text, new TokenUsage(400, 50), "", calls,
				calls.isEmpty() ? StopReason.END_TURN : StopReason.TOOL_USE, 0);
	}

	PlanRevised plan(int number, PlanAuthor author, String reason, Plan plan) {
		return new PlanRevised(session, next(), task, new PlanRevision(number, author, reason, plan));
	}

	StepStarted stepStarted(String step) {
		return new StepStarted(session, next(), task, new StepId(step));
	}

	StepEnded stepEnded(String step, StepState state, String summary) {
		return new StepEnded(session, next(), task, new StepId(step), state, summary);
	}

	ToolCallRequested requested(String step, ToolCall call, Risk risk) {
		return new ToolCallRequested(session, next(), task, step == null ? null : new StepId(step), call, risk);
	}

	ApprovalRequested approval(QuestionId question, ToolCall call, Risk risk) {
		return new ApprovalRequested(session, next(), task, question, call, risk, "writes need approval");
	}

	QuestionAnswered answer(QuestionId question, Answer answer) {
		return new QuestionAnswered(session, next(), task, question, answer);
	}

	ToolCallEnded ended(String step, ToolCall call, CallOutcome outcome, ToolResult result, long millis, Judgement judgement) {
		return new ToolCallEnded(session, next(), task, step == null ? null : new StepId(step), call.id(), call.name(), outcome,
				result, millis, judgement);
	}

	TaskCompleted completed(String summary, Spend spent) {
		return new TaskCompleted(session, next(), task, summary, spent);
	}

	static Step step(String id, String description) {
		return Step.of(id, description, "");
	}

	static Step group(String id, String description, Step... children) {
		return new Step(new StepId(id), description, "", StepState.PENDING, Set.of(), List.of(), List.of(), List.of(children));
	}

	static Judgement fine() {
		return new Judgement(Judgement.Verdict.AS_EXPECTED, Judgement.Signal.NO_ERROR, "");
	}
}
