package dev.piassistant.cli.tests;

import static dev.piassistant.cli.tests.Scenario.fine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.cli.internal.render.JsonLines;
import dev.piassistant.cli.internal.render.JsonRenderer;
import dev.piassistant.core.MessageId;
import dev.piassistant.core.QuestionId;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.agent.CallPurpose;
import dev.piassistant.core.agent.GrantScope;
import dev.piassistant.core.agent.PauseReason;
import dev.piassistant.core.agent.Spend;
import dev.piassistant.core.agent.TaskProblem;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.TaskFailed;
import dev.piassistant.core.event.TaskPaused;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.PlanAuthor;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.ToolResult;

class JsonLinesTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Scenario task = new Scenario();

	@Test
	void eachEventIsOneLineOfJsonWithItsTypeAndFields() throws Exception {
		var write = new ToolCall("c1", "append_line", "{\"path\":\"a.txt\"}");
		var question = new QuestionId("q1");
		var events = List.<AgentEvent>of(task.userMessage("Write it"), task.started("Write it", ApprovalMode.STEP_BY_STEP),
				task.plan(1, PlanAuthor.AGENT, "", new Plan(List.of(Scenario.step("s1", "Write a.txt")))), task.stepStarted("s1"),
				task.requested("s1", write, Risk.WRITE), task.approval(question, write, Risk.WRITE),
				task.answer(question, new Answer.Approve(GrantScope.TASK, 0)),
				task.ended("s1", write, CallOutcome.COMPLETED, ToolResult.ok("appended\nline 2"), 7, fine()),
				task.completed("Written.", new Spend(100, 20, 0.5)));
		var lines = render(events);
		assertEquals(events.size(), lines.size(), "one line per event, nothing else:\n" + String.join("\n", lines));
		var types = lines.stream().map(JsonLinesTest::parse).map(line -> line.path("type").asText()).toList();
		assertEquals(List.of("UserMessageSent", "TaskStarted", "PlanRevised", "StepStarted", "ToolCallRequested",
				"ApprovalRequested", "QuestionAnswered", "ToolCallEnded", "TaskCompleted"), types);

		var started = parse(lines.get(1));
		assertEquals(task.session.value(), started.path("session").asText(), "ids are plain strings");
		assertEquals(task.task.value(), started.path("task").asText());
		assertEquals("STEP_BY_STEP", started.path("settings").path("mode").asText());
		assertEquals("qwen2.5-coder", started.path("settings").path("model").path("model").asText());
		assertTrue(started.path("at").asText().startsWith("2026-01-05T10:00:00.2"), "times are ISO instants");

		var plan = parse(lines.get(2)).path("revision");
		assertEquals(1, plan.path("number").asInt());
		assertEquals("s1", plan.path("plan").path("steps").path(0).path("id").asText());
		assertEquals("Write a.txt", plan.path("plan").path("steps").path(0).path("description").asText());

		var answered = parse(lines.get(6)).path("answer");
		assertEquals("Approve", answered.path("kind").asText(), "a nested sealed value names its kind");
		assertEquals("TASK", answered.path("scope").asText());

		var ended = parse(lines.get(7));
		assertEquals("c1", ended.path("callId").asText());
		assertEquals("COMPLETED", ended.path("outcome").asText());
		assertEquals("appended\nline 2", ended.path("result").path("output").asText(), "a line break stays inside the JSON string");
		assertEquals(7, ended.path("durationMillis").asLong());
		assertEquals("AS_EXPECTED", ended.path("judgement").path("verdict").asText());

		var completed = parse(lines.get(8));
		assertEquals(0.5, completed.path("spent").path("cost").asDouble());
		assertEquals(120, completed.path("spent").path("inputTokens").asLong() + completed.path("spent").path("outputTokens").asLong());
	}

	@Test
	void failuresAndPausesCarryTheKindsOfTheirReasons() throws Exception {
		var failed = parse(new JsonLines().line(new TaskFailed(task.session, task.next(), task.task,
				new TaskProblem.ProviderFailed(new ProviderError.Unauthorized(401, "bad key")), Spend.NONE)));
		assertEquals("TaskFailed", failed.path("type").asText());
		assertEquals("ProviderFailed", failed.path("problem").path("kind").asText());
		assertEquals("Unauthorized", failed.path("problem").path("error").path("kind").asText());
		assertEquals(401, failed.path("problem").path("error").path("status").asInt());

		var paused = parse(new JsonLines().line(new TaskPaused(task.session, task.next(), task.task, new QuestionId("q2"),
				new PauseReason.NoProgress(new StepId("s3"), 12))));
		assertEquals("NoProgress", paused.path("reason").path("kind").asText());
		assertEquals("s3", paused.path("reason").path("step").asText());
		assertEquals("q2", paused.path("question").asText());
	}

	@Test
	void textOutsideAsciiIsEscapedSoTheLinesReadTheSameInAnyEncoding() throws Exception {
		var message = new MessageId("m1");
		var line = new JsonLines().line(task.answered(message, "Café ✓ 日本", List.of()));
		assertTrue(line.chars().allMatch(c -> c < 128), line);
		assertEquals("Café ✓ 日本", parse(line).path("text").asText());
	}

	@Test
	void aStepOfNoTaskAndAMissingRiskAreNulls() throws Exception {
		var call = new ToolCall("c9", "mystery", "{}");
		var requested = parse(new JsonLines().line(task.requested(null, call, null)));
		assertTrue(requested.path("step").isNull());
		assertTrue(requested.path("risk").isNull());
		assertEquals("mystery", requested.path("call").path("name").asText());
		var started = parse(new JsonLines().line(task.answering(new MessageId("m2"), null, CallPurpose.ANSWER)));
		assertEquals("ANSWER", started.path("purpose").asText());
	}

	private static List<String> render(List<AgentEvent> events) {
		var bytes = new ByteArrayOutputStream();
		var renderer = new JsonRenderer(new PrintStream(bytes, true, StandardCharsets.UTF_8));
		events.forEach(renderer::event);
		return bytes.toString(StandardCharsets.UTF_8).lines().toList();
	}

	private static JsonNode parse(String line) {
		try {
			return JSON.readTree(line);
		} catch (Exception e) {
			throw new AssertionError("not JSON: " + line, e);
		}
	}
}
