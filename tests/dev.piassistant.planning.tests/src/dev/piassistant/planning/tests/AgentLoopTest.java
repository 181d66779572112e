package dev.piassistant.planning.tests;

import static dev.piassistant.planning.tests.Scripts.args;
import static dev.piassistant.planning.tests.Scripts.call;
import static dev.piassistant.planning.tests.Scripts.last;
import static dev.piassistant.planning.tests.Scripts.plan;
import static dev.piassistant.planning.tests.Scripts.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.agent.TaskProblem;
import dev.piassistant.core.event.ApprovalRequested;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.PlanRevised;
import dev.piassistant.core.event.StepEnded;
import dev.piassistant.core.event.StepStarted;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.TaskFailed;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.plan.StepState;
import dev.piassistant.core.tool.Risk;

/** The agent loop end to end: real services, real tools, a scripted model. */
class AgentLoopTest {

	@RegisterExtension
	final LoopFixture fixture = new LoopFixture();

	@Test
	void aQuestionIsAnsweredWithoutAPlan() throws Exception {
		Files.writeString(fixture.folder.resolve("Point.java"), "record Point(int x, int y) {}");
		fixture.server.enqueue(call("c1", "read_file", args("path", "Point.java")), say("It is a record with two ints."));
		var end = assertInstanceOf(TaskCompleted.class, fixture.run("What does Point.java declare?"));
		assertEquals("It is a record with two ints.", end.summary());
		assertTrue(fixture.logged(end.session(), PlanRevised.class).isEmpty(), "no plan for a question");
		var requests = fixture.requests();
		assertEquals(2, requests.size());
		var result = last(requests.get(1));
		assertEquals("tool", result.path("role").asText());
		assertEquals("c1", result.path("tool_call_id").asText());
		assertEquals("record Point(int x, int y) {}", result.path("content").asText());
		var tools = requests.get(0).path("tools");
		assertTrue(tools.toString().contains("propose_plan") && tools.toString().contains("read_file"), tools.toString());
	}

	@Test
	void aRequestForWorkIsPlannedAndRunStepByStepWithToolsAndAnApproval() throws Exception {
		Files.writeString(fixture.folder.resolve("README.md"), "# Demo\n");
		fixture.answer(question -> question instanceof ApprovalRequested ? Optional.of(Answer.Approve.once()) : Optional.empty());
		fixture.server.enqueue(plan("Read the README", "Know its title", "Add a usage section", "README has Usage"),
				call("c1", "read_file", args("path", "README.md")), say("The title is Demo."),
				call("c2", "write_file", args("path", "README.md", "content", "# Demo\n\n## Usage\nRun it.\n")),
				say("Added the Usage section."));
		var end = assertInstanceOf(TaskCompleted.class, fixture.run("Document how to use the demo in the README"));
		var session = end.session();

		var plan = fixture.logged(session, PlanRevised.class).get(0).revision();
		assertEquals(1, plan.number());
		assertEquals(List.of("Read the README", "Add a usage section"), plan.plan().leaves().stream().map(step -> step.description()).toList());
		assertEquals(2, fixture.logged(session, StepStarted.class).size());
		assertEquals(List.of(StepState.DONE, StepState.DONE), fixture.logged(session, StepEnded.class).stream().map(StepEnded::state).toList());
		assertEquals("Added the Usage section.", end.summary());
		assertTrue(Files.readString(fixture.folder.resolve("README.md")).contains("## Usage"));

		var approvals = fixture.logged(session, ApprovalRequested.class);
		assertEquals(1, approvals.size(), "the read ran without asking, the write was asked");
		assertEquals(Risk.WRITE, approvals.get(0).risk());
		var outcomes = fixture.logged(session, ToolCallEnded.class).stream().map(ToolCallEnded::outcome).toList();
		assertEquals(List.of(CallOutcome.COMPLETED, CallOutcome.COMPLETED, CallOutcome.COMPLETED), outcomes, "plan, read, write");

		var requests = fixture.requests();
		assertEquals(5, requests.size());
		assertTrue(last(requests.get(1)).path("content").asText().contains("Work on step s1: Read the README"));
		assertTrue(requests.get(1).path("messages").get(0).path("content").asText().contains("[running] s1: Read the README"),
				"the current plan is in the instructions");
		assertTrue(last(requests.get(3)).path("content").asText().contains("Work on step s2"));
		var toolsOfAStep = requests.get(1).path("tools").toString();
		assertTrue(toolsOfAStep.contains("revise_plan") && !toolsOfAStep.contains("propose_plan"), toolsOfAStep);
		assertTrue(fixture.logged(session, AssistantMessageStarted.class).stream().allMatch(started -> session.equals(started.session())));
	}

	@Test
	void theTaskRunsAsAJobOfTheAgentFamily() throws Exception {
		fixture.server.enqueue(say("slow").delay(java.time.Duration.ofMillis(400)));
		var task = fixture.start("hello?", fixture.settings(dev.piassistant.core.agent.ApprovalMode.AUTO, dev.piassistant.core.agent.Limits.DEFAULT));
		Thread.sleep(100);
		assertEquals(1, Job.getJobManager().find(AgentService.JOB_FAMILY).length);
		LoopFixture.await(task);
		Job.getJobManager().join(AgentService.JOB_FAMILY, null);
		assertEquals(0, Job.getJobManager().find(AgentService.JOB_FAMILY).length);
	}

	@Test
	void anInvalidPlanIsAskedForAgainWithTheExactProblem() throws Exception {
		fixture.server.enqueue(call("p1", "propose_plan", args("steps", List.of(Scripts.obj("expected", "x")))),
				plan("Say hi", "Greeted"), say("Hi."));
		var end = assertInstanceOf(TaskCompleted.class, fixture.run("Greet me, in a plan"));
		var first = fixture.logged(end.session(), ToolCallEnded.class).get(0);
		assertEquals(CallOutcome.INVALID, first.outcome());
		var told = last(fixture.requests().get(1)).path("content").asText();
		assertTrue(told.contains("missing required 'steps[0].description'"), told);
	}

	@Test
	void malformedToolCallJsonIsAskedForAgainThenReported() throws Exception {
		fixture.server.enqueue(call("c1", "read_file", "{\"path\": \"a"), call("c2", "read_file", "{path: a}"),
				call("c3", "read_file", "[1"));
		var end = assertInstanceOf(TaskFailed.class, fixture.run("Read a"));
		var problem = assertInstanceOf(TaskProblem.InvalidOutput.class, end.problem());
		assertEquals("read_file", problem.what());
		assertEquals(3, problem.attempts());
		assertTrue(problem.lastError().contains("not valid JSON"), problem.lastError());
		var second = last(fixture.requests().get(1)).path("content").asText();
		assertTrue(second.contains("not valid JSON") && second.contains("Call read_file again"), second);
		assertEquals(0, fixture.tools.ran("read_file"), "nothing ran on malformed arguments");
	}

	@Test
	void argumentsOfTheWrongTypeAreRefusedWithWhatWasExpected() throws Exception {
		fixture.server.enqueue(call("c1", "run", args("command", "true", "timeoutSeconds", "ten")), say("ok"));
		fixture.answer(question -> Optional.of(Answer.Approve.once()));
		fixture.run("run true");
		var told = last(fixture.requests().get(1)).path("content").asText();
		assertTrue(told.contains("'timeoutSeconds' must be an integer, not a string (\"ten\")"), told);
	}

	@Test
	void anUnknownToolIsNamedWithTheToolsThatExist() throws Exception {
		fixture.server.enqueue(call("c1", "delete_everything", "{}"), say("Sorry."));
		fixture.run("clean up");
		var told = last(fixture.requests().get(1)).path("content").asText();
		assertTrue(told.contains("no tool named 'delete_everything'") && told.contains("read_file"), told);
	}
}
