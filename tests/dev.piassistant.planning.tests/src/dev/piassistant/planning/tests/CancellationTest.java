package dev.piassistant.planning.tests;

import static dev.piassistant.planning.tests.Scripts.args;
import static dev.piassistant.planning.tests.Scripts.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.event.ApprovalRequested;
import dev.piassistant.core.event.AssistantMessageCancelled;
import dev.piassistant.core.event.TaskCancelled;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.testing.Reply;

/** Stop works wherever the task is: streaming, running a tool, waiting for the user; what was done is kept. */
class CancellationTest {

	@RegisterExtension
	final LoopFixture fixture = new LoopFixture();

	@Test
	void stopMidStreamHangsUpKeepsTheTextAndEndsTheTask() throws Exception {
		fixture.server.enqueue(Reply.openAiStream(Collections.nCopies(40, "word ").toArray(String[]::new)).delay(Duration.ofMillis(100)));
		var task = fixture.start("Tell me a long story", fixture.settings(ApprovalMode.AUTO, Limits.DEFAULT));
		while (fixture.deltas.size() < 3) {
			Thread.sleep(10);
		}
		var stopped = System.nanoTime();
		fixture.agent.cancel(task.session());
		var end = assertInstanceOf(TaskCancelled.class, LoopFixture.await(task));
		assertTrue(System.nanoTime() - stopped < TimeUnit.SECONDS.toNanos(1), "stopped within a second");
		var request = fixture.server.takeRequest(LoopFixture.WAIT);
		assertTrue(request.awaitClientDisconnect(Duration.ofSeconds(1)), "the server saw the connection close");
		var cancelled = fixture.logged(end.session(), AssistantMessageCancelled.class).get(0);
		assertTrue(cancelled.partialText().startsWith("word word word"), cancelled.partialText());
	}

	@Test
	void stopMidToolCancelsTheToolAndRecordsTheCallAsCancelled() throws Exception {
		fixture.server.enqueue(call("c1", "wait", "{}"));
		var task = fixture.start("Wait for me", fixture.settings(ApprovalMode.AUTO, Limits.DEFAULT));
		assertTrue(fixture.tools.waitingStarted.await(10, TimeUnit.SECONDS));
		Job.getJobManager().cancel(AgentService.JOB_FAMILY);
		var end = assertInstanceOf(TaskCancelled.class, LoopFixture.await(task));
		assertTrue(fixture.tools.waitSawCancel, "the tool was told to stop");
		var call = fixture.logged(end.session(), ToolCallEnded.class).get(0);
		assertEquals(CallOutcome.CANCELLED, call.outcome());
		assertEquals(1, fixture.requests().size(), "nothing was asked of the model after Stop");
	}

	@Test
	void stopWhileWaitingForAnApprovalEndsTheTaskWithoutRunningTheCall() throws Exception {
		fixture.server.enqueue(call("c1", "write_file", args("path", "x", "content", "y")));
		var task = fixture.start("Write x", fixture.settings(ApprovalMode.AUTO, Limits.DEFAULT));
		while (fixture.events.stream().noneMatch(ApprovalRequested.class::isInstance)) {
			Thread.sleep(10);
		}
		fixture.agent.cancel(task.session());
		var end = assertInstanceOf(TaskCancelled.class, LoopFixture.await(task));
		assertEquals(List.of(), fixture.tools.ran());
		assertEquals(CallOutcome.CANCELLED, fixture.logged(end.session(), ToolCallEnded.class).get(0).outcome());
	}
}
