package dev.piassistant.planning.tests;

import static dev.piassistant.planning.tests.Scripts.args;
import static dev.piassistant.planning.tests.Scripts.call;
import static dev.piassistant.planning.tests.Scripts.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.QuestionId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.agent.CallPurpose;
import dev.piassistant.core.agent.Judgement;
import dev.piassistant.core.agent.Spend;
import dev.piassistant.core.agent.TaskProjection;
import dev.piassistant.core.agent.TaskSettings;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.ApprovalRequested;
import dev.piassistant.core.event.AssistantMessageCompleted;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.EventLog;
import dev.piassistant.core.event.PlanRevised;
import dev.piassistant.core.event.SessionStarted;
import dev.piassistant.core.event.StepStarted;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.TaskEstimated;
import dev.piassistant.core.event.TaskResumed;
import dev.piassistant.core.event.TaskStarted;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.event.ToolCallRequested;
import dev.piassistant.core.event.UserMessageSent;
import dev.piassistant.core.llm.StopReason;
import dev.piassistant.core.llm.TokenUsage;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.PlanAuthor;
import dev.piassistant.core.plan.PlanRevision;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.testing.OsgiServices;

/**
 * A task whose process was killed is taken up from where its log stops: completed calls are not made again, a
 * call that was running is reported to the model as interrupted, an approval that was pending is asked again.
 */
class ResumeTest {

	@RegisterExtension
	final LoopFixture fixture = new LoopFixture();
	private EventLog log;
	private final SessionId session = SessionId.random();
	private final TaskId task = TaskId.random();
	private Instant clock = Instant.parse("2026-12-01T10:00:00Z");

	@BeforeEach
	void start() throws Exception {
		log = OsgiServices.await(EventLog.class, LoopFixture.WAIT);
	}

	/** What the log holds when the process died while {@code write_file} ran for the second time in step s1. */
	private void killedWhileTheSecondCallRan() {
		var request = MessageId.random();
		append(new SessionStarted(session, next(), ""));
		append(new UserMessageSent(session, next(), request, "Write x and y, then read them"));
		append(new TaskStarted(session, next(), task, request, "Write x and y, then read them",
				new TaskSettings(ApprovalMode.AUTO, fixture.model, true, Limits.DEFAULT)));
		var plan = new ToolCall("p", "propose_plan", "{}");
		turn(request, null, CallPurpose.ANSWER, plan);
		append(new ToolCallRequested(session, next(), task, null, plan, null));
		append(new PlanRevised(session, next(), task, new PlanRevision(1, PlanAuthor.AGENT, "",
				new Plan(List.of(Step.of("s1", "Write x and y", "Both exist"), Step.of("s2", "Read them back", "Contents known"))))));
		append(ended(null, plan, CallOutcome.COMPLETED, "Plan recorded"));
		append(new TaskEstimated(session, next(), task, Spend.NONE, Limits.DEFAULT));
		append(new StepStarted(session, next(), task, new StepId("s1")));
		var first = new ToolCall("c1", "write_file", args("path", "x", "content", "1"));
		var second = new ToolCall("c2", "write_file", args("path", "y", "content", "2"));
		turn(request, new StepId("s1"), CallPurpose.STEP, first, second);
		append(new ToolCallRequested(session, next(), task, new StepId("s1"), first, Risk.WRITE));
		append(ended(new StepId("s1"), first, CallOutcome.COMPLETED, "Wrote x"));
		append(new ToolCallRequested(session, next(), task, new StepId("s1"), second, Risk.WRITE));
	}

	@Test
	void anInterruptedTaskShowsAsSuchAndResumesWithoutRepeatingCompletedCalls() throws Exception {
		killedWhileTheSecondCallRan();
		var snapshot = TaskProjection.find(log.read(session), task).orElseThrow();
		assertFalse(snapshot.hasEnded());
		assertTrue(fixture.agent.running(session).isEmpty(), "not running: interrupted");
		assertEquals(1, snapshot.finishedCalls().stream().filter(call -> !call.call().name().equals("propose_plan")).count());

		fixture.server.enqueue(say("x is written; y may not be."), call("c3", "read_file", args("path", "x")), say("Read x."));
		var end = assertInstanceOf(TaskCompleted.class, LoopFixture.await(fixture.agent.resume(session, task)));
		assertEquals(0, fixture.tools.ran("write_file"), "no completed or uncertain write was repeated");

		var history = log.read(session);
		assertEquals(1, history.stream().filter(TaskResumed.class::isInstance).count());
		var interrupted = history.stream().filter(ToolCallEnded.class::isInstance).map(ToolCallEnded.class::cast)
				.filter(call -> call.callId().equals("c2")).findFirst().orElseThrow();
		assertEquals(CallOutcome.INTERRUPTED, interrupted.outcome());

		var messages = fixture.requests().get(0).path("messages");
		var text = messages.toString();
		assertTrue(text.contains("\"tool_call_id\":\"c1\"") && text.contains("Wrote x"), text);
		assertTrue(text.contains("\"tool_call_id\":\"c2\"") && text.contains("its effect is unknown"), text);
		assertTrue(text.contains("Work on step s1"), text);
		assertEquals("Read x.", end.summary());
	}

	@Test
	void anApprovalThatWasPendingIsAskedAgain() throws Exception {
		killedWhileTheSecondCallRan();
		append(new ApprovalRequested(session, next(), task, QuestionId.random(),
				new ToolCall("c2", "write_file", args("path", "y", "content", "2")), Risk.WRITE, "only reads"));
		fixture.answer(question -> Optional.of(Answer.Approve.once()));
		fixture.server.enqueue(say("Both written."), say("Read."));
		assertInstanceOf(TaskCompleted.class, LoopFixture.await(fixture.agent.resume(session, task)));
		assertEquals(1, fixture.tools.ran("write_file"), "the call that never ran, ran once");
		assertEquals(2, log.read(session).stream().filter(ApprovalRequested.class::isInstance).count());
	}

	@Test
	void anEndedTaskCannotBeResumed() throws Exception {
		fixture.server.enqueue(say("Hi."));
		var end = fixture.run("Hi?");
		var error = assertThrows(IllegalStateException.class, () -> fixture.agent.resume(end.session(), end.task()));
		assertTrue(error.getMessage().contains("has ended"), error.getMessage());
	}

	private void turn(MessageId request, StepId step, CallPurpose purpose, ToolCall... calls) {
		var message = MessageId.random();
		append(new AssistantMessageStarted(session, next(), message, request, fixture.model, task, step, purpose));
		append(new AssistantMessageCompleted(session, next(), message, "", new TokenUsage(10, 5), "", List.of(calls),
				StopReason.TOOL_USE, 0));
	}

	private ToolCallEnded ended(StepId step, ToolCall call, CallOutcome outcome, String output) {
		return new ToolCallEnded(session, next(), task, step, call.id(), call.name(), outcome, ToolResult.ok(output), 1,
				new Judgement(Judgement.Verdict.AS_EXPECTED, Judgement.Signal.NO_ERROR, ""));
	}

	private void append(AgentEvent event) {
		log.append(event);
	}

	private Instant next() {
		clock = clock.plusMillis(10);
		return clock;
	}
}
