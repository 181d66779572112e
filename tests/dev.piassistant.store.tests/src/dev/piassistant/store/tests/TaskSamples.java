package dev.piassistant.store.tests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import dev.piassistant.core.ChangeSetId;
import dev.piassistant.core.MessageId;
import dev.piassistant.core.QuestionId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.AnsweredBy;
import dev.piassistant.core.change.ChangeKind;
import dev.piassistant.core.change.ChangedFile;
import dev.piassistant.core.change.HunkDecision;
import dev.piassistant.core.change.HunkState;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.agent.CallPurpose;
import dev.piassistant.core.agent.GrantScope;
import dev.piassistant.core.agent.Judgement;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.PauseReason;
import dev.piassistant.core.agent.Spend;
import dev.piassistant.core.agent.TaskProblem;
import dev.piassistant.core.agent.TaskSettings;
import dev.piassistant.core.event.ChangesProposed;
import dev.piassistant.core.event.ChangesReviewed;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.ApprovalRequested;
import dev.piassistant.core.event.AssistantMessageCompleted;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.BudgetWarned;
import dev.piassistant.core.event.TaskEstimated;
import dev.piassistant.core.event.ContextCompacted;
import dev.piassistant.core.event.ModelFailedOver;
import dev.piassistant.core.event.PlanReviewRequested;
import dev.piassistant.core.event.PlanRevised;
import dev.piassistant.core.event.QuestionAnswered;
import dev.piassistant.core.event.StepEnded;
import dev.piassistant.core.event.StepStarted;
import dev.piassistant.core.event.TaskCancelled;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.TaskFailed;
import dev.piassistant.core.event.HookFailed;
import dev.piassistant.core.event.TaskPaused;
import dev.piassistant.core.event.TaskResumed;
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
import dev.piassistant.core.plan.StepFlag;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.plan.StepState;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.ToolResult;

/** A task as the agent would log it: a plan with nested steps, tool calls, questions, pauses and endings. */
final class TaskSamples {

	private static final StepId READ = new StepId("read-build");
	private static final StepId FIX = new StepId("fix-test");
	private static final StepId VERIFY = new StepId("verify");

	private final SessionId session;
	private final TaskId task = TaskId.random();
	private final ModelRef model = new ModelRef("anthropic", "claude-sonnet-4");
	private final ModelRef fallback = new ModelRef("local-ollama", "qwen2.5-coder:7b");
	private final Spend spent = new Spend(48_120, 3_245, 0.1932);
	private final Limits limits = Limits.DEFAULT.withMaxCost(2.5).withErrorBudget(4);
	private final List<AgentEvent> events = new ArrayList<>();
	private Instant at = Instant.parse("2026-11-22T11:00:00.000001Z");

	private TaskSamples(SessionId session) {
		this.session = session;
	}

	static List<AgentEvent> task(SessionId session) {
		var samples = new TaskSamples(session);
		samples.plan();
		samples.step();
		samples.pauses();
		samples.endings();
		return samples.events;
	}

	private Instant next() {
		at = at.plusMillis(1_250);
		return at;
	}

	private void plan() {
		var request = MessageId.random();
		events.add(new UserMessageSent(session, next(), request, "Fix the failing build"));
		events.add(new TaskStarted(session, next(), task, request, "Fix the failing build",
				new TaskSettings(ApprovalMode.REVIEW_PLAN, model, true, limits)));
		var group = new Step(new StepId("investigate"), "Investigate", "", StepState.RUNNING, Set.of(), List.of(),
				List.of(), List.of(Step.of(READ.value(), "Read the build log", "The failing test is known")
						.withFlags(EnumSet.of(StepFlag.ASK_FIRST)).withState(StepState.DONE).withToolCall("call-1"),
						new Step(FIX, "Fix FooTest", "FooTest passes", StepState.PENDING, Set.of(), List.of(READ), List.of(), null)));
		var skipped = Step.of(VERIFY.value(), "Run all tests \u2013 \"slow\"", "").withFlags(EnumSet.of(StepFlag.SKIP, StepFlag.ASK_FIRST));
		var plan = new Plan(List.of(group, skipped), List.of("Do not touch pom.xml", "Keep Java 17"));
		events.add(new PlanRevised(session, next(), task, new PlanRevision(1, PlanAuthor.AGENT, "", plan)));
		var question = QuestionId.random();
		events.add(new PlanReviewRequested(session, next(), task, question, 1));
		events.add(new PlanRevised(session, next(), task, new PlanRevision(2, PlanAuthor.USER, "Skip the slow run",
				plan.with(VERIFY, step -> step.withState(StepState.SKIPPED)))));
		events.add(new QuestionAnswered(session, next(), task, question, new Answer.Approve(GrantScope.TIMED, 30)));
	}

	private void step() {
		events.add(new StepStarted(session, next(), task, FIX));
		var call = new ToolCall("call-2", "run_tests", "{\"pattern\":\"FooTest\",\"quiet\":true}");
		var message = MessageId.random();
		events.add(new AssistantMessageStarted(session, next(), message, MessageId.random(), model, task, FIX, CallPurpose.STEP));
		events.add(new AssistantMessageCompleted(session, next(), message, "Running the test first.", new TokenUsage(9_000, 120),
				"The log says FooTest.equality fails;\nrun it alone.", List.of(call), StopReason.TOOL_USE, 0.0042));
		events.add(new ToolCallRequested(session, next(), task, FIX, call, Risk.EXECUTE));
		var approval = QuestionId.random();
		events.add(new ApprovalRequested(session, next(), task, approval, call, Risk.EXECUTE, "approval mode: review plan"));
		events.add(new QuestionAnswered(session, next(), task, approval, Answer.Approve.once(), AnsweredBy.GRANTED_UP_FRONT));
		events.add(new ToolCallEnded(session, next(), task, FIX, call.id(), call.name(), CallOutcome.FAILED,
				ToolResult.process(1, "Tests run: 12, Failures: 2").withTests(12, 2), 8_412,
				new Judgement(Judgement.Verdict.DIVERGED, Judgement.Signal.TESTS, "2 of 12 tests failed")));
		var unknown = new ToolCall("call-3", "no_such_tool", "{not json");
		events.add(new ToolCallRequested(session, next(), task, null, unknown, null));
		events.add(new ToolCallEnded(session, next(), task, null, unknown.id(), unknown.name(), CallOutcome.INVALID,
				ToolResult.error("No tool named no_such_tool"), 0, new Judgement(Judgement.Verdict.UNCLEAR, Judgement.Signal.NONE, null)));
		events.add(new ToolCallEnded(session, next(), task, FIX, "call-4", "read_file", CallOutcome.COMPLETED,
				ToolResult.ok("class Foo {}\n"), 3, new Judgement(Judgement.Verdict.AS_EXPECTED, Judgement.Signal.NO_ERROR, "")));
		changes();
		events.add(new StepEnded(session, next(), task, FIX, StepState.DONE, "FooTest passes after fixing equals()"));
	}

	/** A change set proposed by a file tool and its review: one hunk accepted, one rejected with a note, a file moved. */
	private void changes() {
		var set = new ChangeSetId("set-1");
		events.add(new ChangesProposed(session, next(), task, "call-5", set, "Compare ids in equals()",
				List.of(new ChangedFile(ChangeKind.MODIFY, "src/Foo.java", null, 2, 3, 1),
						new ChangedFile(ChangeKind.RENAME, "src/Old.java", "src/New.java", 0, 0, 0))));
		events.add(new ChangesReviewed(session, next(), task, "call-5", set,
				List.of(new HunkDecision("src/Foo.java", 0, HunkState.APPLIED, ""),
						new HunkDecision("src/Foo.java", 1, HunkState.REJECTED, "keep the old hashCode, ünïcode too")),
				false));
	}

	private void pauses() {
		var answers = new LinkedHashMap<PauseReason, Answer>();
		answers.put(new PauseReason.ErrorBudgetSpent(4), new Answer.Proceed("Try with -o"));
		answers.put(new PauseReason.RepeatedCall("grep", "{\"q\":\"Foo\"}", 3), new Answer.Deny("Look elsewhere"));
		answers.put(new PauseReason.NoProgress(FIX, 12), new Answer.Stop());
		answers.put(new PauseReason.NoProgress(null, 8), new Answer.Proceed(""));
		answers.put(new PauseReason.AskFirst(READ), new Answer.Approve(GrantScope.SESSION, 0));
		answers.forEach((reason, answer) -> {
			var question = QuestionId.random();
			events.add(new TaskPaused(session, next(), task, question, reason));
			// The command line stops a paused task when nobody can be asked.
			var by = answer instanceof Answer.Stop ? AnsweredBy.NOBODY : AnsweredBy.USER;
			events.add(new QuestionAnswered(session, next(), task, question, answer, by));
		});
		events.add(new TaskResumed(session, next(), task));
		events.add(new BudgetWarned(session, next(), task, spent, limits));
		events.add(new TaskEstimated(session, next(), task, new Spend(48_000, 3_600, 0.31), limits));
		events.add(new ContextCompacted(session, next(), task, "The user wants FooTest fixed; equals() ignored ids.", 14,
				120_000, 9_000));
		events.add(new ModelFailedOver(session, next(), task, model, fallback, new ProviderError.Timeout(60, "")));
		events.add(new HookFailed(session, next(), task, "PreToolUse", "sh .pi/check.sh", "call-2", "exited with code 1: no jq"));
		events.add(new HookFailed(session, next(), task, "", "/home/me/.pi-assistant/settings.json", null, "is not valid JSON"));
	}

	private void endings() {
		events.add(new TaskCompleted(session, next(), task, "Fixed FooTest: equals() now compares ids.", spent));
		for (var problem : List.of(new TaskProblem.ProviderFailed(new ProviderError.NotConfigured(ProviderError.Missing.API_KEY, "Anthropic")),
				new TaskProblem.InvalidOutput("a plan", 3, "steps[0].description is missing"),
				new TaskProblem.BudgetExhausted(spent, limits), new TaskProblem.PlanDeclined("Not now"),
				new TaskProblem.HookBlocked("sh .pi/no-secrets.sh", "No secrets in prompts"),
				new TaskProblem.Internal("java.lang.IllegalStateException: boom"))) {
			events.add(new TaskFailed(session, next(), task, problem, spent));
		}
		events.add(new TaskCancelled(session, next(), task, Spend.NONE));
	}
}
