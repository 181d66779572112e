package dev.piassistant.cli.e2e;

import static dev.piassistant.cli.e2e.Replies.call;
import static dev.piassistant.cli.e2e.Replies.plan;
import static dev.piassistant.cli.e2e.Replies.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The built pi product, run as a process against the scripted model server. */
class PiRunTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private PiFixture fixture;

	@BeforeEach
	void start(TestInfo test) throws Exception {
		fixture = new PiFixture(test.getTestMethod().orElseThrow().getName());
	}

	@AfterEach
	void stop() {
		fixture.close();
	}

	@Test
	void aQuestionIsAnsweredOnTheTerminalAndKeptInTheWorkspaceDatabase() throws Exception {
		fixture.server.enqueue(say("Forty-two.").usage(30, 4));
		var result = fixture.pi.run(fixture.run("What is six times seven?"));
		timing("direct answer", result);
		assertEquals(0, result.exit(), result.toString());
		var lines = result.outLines();
		assertEquals(3, lines.size(), result.toString());
		assertTrue(lines.get(0).matches("pi - task [0-9a-f]{8} - Scripted/scripted-model - mode auto"), lines.get(0));
		assertEquals("Forty-two.", lines.get(1));
		assertTrue(lines.get(2).startsWith("[ok] Done - 34 tokens - "), lines.get(2));
		assertEquals("", result.err(), "nothing on standard error");
		var request = fixture.server.takeRequest(Duration.ofSeconds(1)).bodyJson();
		assertEquals("scripted-model", request.path("model").asText());
		assertTrue(Files.size(fixture.database()) > 0, "the task is in the workspace database the IDE reads too");
	}

	@Test
	void aPlanRunsWithToolCallsAndAWriteAllowedByFlag() throws Exception {
		scriptReadThenWrite();
		var result = fixture.pi.run(fixture.run("--allow", "write", "Record", "the", "notes"));
		timing("plan with two tool calls", result);
		assertEquals(0, result.exit(), result.toString());
		var out = result.out();
		assertContainsInOrder(out, "Plan (2 steps)", "  [pending] 1. Read the notes", "  [pending] 2. Record them",
				"[running] 1. Read the notes", "  [ok] read_note {\"path\":\"notes.txt\"} - ", "[done] 1. Read the notes",
				"[running] 2. Record them", "  [ok] append_call {\"text\":\"alpha\"} - ", "[done] 2. Record them", "Recorded.",
				"[ok] Done - 2 of 2 steps - 2 tool calls - ");
		assertFalse(out.contains("propose_plan"), "the plan shows as a plan, not as a tool call:\n" + out);
		assertEquals("w1 alpha\n", Files.readString(fixture.callsLog()), "the write ran once");
		assertEquals(0, fixture.server.pendingReplies());
	}

	@Test
	void withoutATerminalAWriteThatWasNotAllowedIsRefusedAndSaysHowToAllowIt() throws Exception {
		scriptReadThenWrite();
		var result = fixture.pi.run(fixture.run("Record the notes"));
		assertEquals(5, result.exit(), result.toString());
		assertTrue(result.err().contains("append_call (write) was not allowed: there is no terminal to ask. Allow write calls with --allow write, or everything with --yes."),
				result.toString());
		assertTrue(result.out().contains("  [denied] append_call {\"text\":\"alpha\"} - "), result.toString());
		assertFalse(Files.exists(fixture.callsLog()), "the write did not run");
	}

	@Test
	void theAuditTrailListsEachCallWithItsDecisionAndItsChainChecks() throws Exception {
		scriptReadThenWrite();
		assertEquals(5, fixture.pi.run(fixture.run("Record the notes")).exit());

		var asked = fixture.pi.run(List.of("audit", "--workspace", fixture.workspace.toString(), "--tool", "append_call",
				"--decision", "ask"));
		assertEquals(0, asked.exit(), asked.toString());
		assertEquals(1, asked.outLines().size(), asked.toString());
		assertTrue(asked.out().matches("(?s)#\\d+ \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d decision append_call ask by .*"), asked.out());
		var all = fixture.pi.run(List.of("audit", "--workspace", fixture.workspace.toString()));
		assertContainsInOrder(all.out(), "request read_note", "decision read_note allow", "result read_note",
				"request append_call", "decision append_call ask", "answer append_call refuse by nobody could be asked");

		var intact = fixture.pi.run(List.of("audit", "--verify", "--workspace", fixture.workspace.toString()));
		assertEquals(0, intact.exit(), intact.toString());
		assertTrue(intact.out().startsWith("The audit trail is intact: "), intact.out());
	}

	@Test
	void theProjectProfileAllowsWrites() throws Exception {
		Files.writeString(fixture.workspace.resolve(".pi-assistant.toml"), "[permissions]\nallow = [\"write\"]\n");
		scriptReadThenWrite();
		var result = fixture.pi.run(fixture.run("Record the notes"));
		assertEquals(0, result.exit(), result.toString());
		assertEquals("w1 alpha\n", Files.readString(fixture.callsLog()));
	}

	@Test
	void onATerminalTheApprovalIsAskedAndAnswered() throws Exception {
		scriptReadThenWrite();
		// Standard input stands for the terminal: pi reads the answer typed there.
		var result = fixture.pi.run("maybe\ny\n", fixture.run("Record the notes"), "-Dpi.terminal.in=true");
		assertEquals(0, result.exit(), result.toString());
		assertTrue(result.out().contains("[question] Allow append_call (write) {\"text\":\"alpha\"}? [y]es, [n]o, [a]lways in this task, [s]ession: "
				+ "Please answer with one of the letters in brackets."), result.toString());
		assertEquals("w1 alpha\n", Files.readString(fixture.callsLog()));
	}

	@Test
	void jsonGivesOneEventPerLineAndNothingElse() throws Exception {
		scriptReadThenWrite();
		var result = fixture.pi.run(fixture.run("--json", "--yes", "Record the notes"));
		assertEquals(0, result.exit(), result.toString());
		var events = result.outLines().stream().map(PiRunTest::parse).toList();
		var types = events.stream().map(event -> event.path("type").asText()).toList();
		assertEquals("UserMessageSent", types.get(0), types.toString());
		assertEquals("TaskStarted", types.get(1), types.toString());
		assertEquals("TaskCompleted", types.get(types.size() - 1), types.toString());
		assertTrue(types.containsAll(List.of("PlanRevised", "StepStarted", "ToolCallRequested", "ApprovalRequested",
				"QuestionAnswered", "ToolCallEnded", "StepEnded")), types.toString());
		var calls = events.stream().filter(event -> event.path("type").asText().equals("ToolCallEnded"))
				.map(event -> event.path("toolName").asText() + ":" + event.path("outcome").asText()).toList();
		assertEquals(List.of("propose_plan:COMPLETED", "read_note:COMPLETED", "append_call:COMPLETED"), calls);
		var session = events.get(0).path("session").asText();
		assertTrue(events.stream().allMatch(event -> event.path("session").asText().equals(session)), "one session's events");
	}

	@Test
	void aBudgetCapStopsTheTask() throws Exception {
		fixture.server.enqueue(plan("Read the notes", "Know them", "Record them", "calls.log has them").usage(900, 100),
				call("r1", "read_note", "path", "notes.txt"), say("Read."));
		var result = fixture.pi.run(fixture.run("--max-tokens", "500", "--yes", "Record the notes"));
		assertEquals(4, result.exit(), result.toString());
		assertTrue(result.err().contains("the task reached its budget: 1,000 of 500 tokens."), result.toString());
	}

	@Test
	void usageErrorsExitWithTwo() throws Exception {
		var mode = fixture.pi.run(fixture.run("--mode", "fast", "x"));
		assertEquals(2, mode.exit(), mode.toString());
		assertEquals("pi: --mode is auto, step or review, not \"fast\".\nType \"pi help\" for the commands and their options.\n", mode.err());

		var missing = fixture.pi.run(List.of("run", "--workspace", fixture.scratch.resolve("nowhere").toString(), "x"));
		assertEquals(2, missing.exit(), missing.toString());
		assertTrue(missing.err().contains("the workspace folder") && missing.err().contains("does not exist"), missing.toString());

		Files.writeString(fixture.workspace.resolve(".pi-assistant.toml"), "mode = \"fast\"\n");
		var profile = fixture.pi.run(fixture.run("x"));
		assertEquals(2, profile.exit(), profile.toString());
		assertTrue(profile.err().contains(".pi-assistant.toml:1:1: mode is auto, step or review, not \"fast\"."), profile.toString());
	}

	@Test
	void aMissingProviderOrModelExitsWithSix() throws Exception {
		var unknown = fixture.pi.run(fixture.run("--model", "Nope/some-model", "x"));
		assertEquals(6, unknown.exit(), unknown.toString());
		assertTrue(unknown.err().contains("no provider is called \"Nope\". Configured: Scripted/scripted-model."), unknown.toString());

		Files.delete(fixture.pi.piHome().resolve("providers.json"));
		var none = fixture.pi.run(fixture.run("x"));
		assertEquals(6, none.exit(), none.toString());
		assertTrue(none.err().contains("no model provider is configured"), none.toString());
	}

	@Test
	void anUnreachableServerFailsTheTaskWithOne() throws Exception {
		var address = fixture.server.baseUrl();
		fixture.server.close();
		var result = fixture.pi.run(fixture.run("x"));
		assertEquals(1, result.exit(), result.toString());
		assertTrue(result.err().contains("cannot reach the model server at " + address + "/v1"), result.toString());
	}

	@Test
	void ctrlCCancelsTheTaskAndExitsWithThree() throws Exception {
		// A process started with SIGINT ignored (a background job of a shell without job control) passes that on
		// to pi, and nothing can catch Ctrl+C there: the test needs an environment where it is not ignored.
		assumeFalse(interruptIgnored(), "SIGINT is ignored in this test's environment, so pi would not see Ctrl+C");
		fixture.server.enqueue(say("Thinking ", "slowly ", "about it.").delay(Duration.ofSeconds(3)));
		var process = fixture.pi.startPiped(fixture.run("Think slowly"));
		fixture.server.takeRequest(Duration.ofSeconds(60));
		new ProcessBuilder("bash", "-c", "kill -INT " + process.pid()).start().waitFor();
		var out = new String(process.getInputStream().readAllBytes());
		process.waitFor();
		var err = Files.readString(fixture.pi.lastErrors());
		assertEquals(3, process.exitValue(), out + err);
		assertTrue(err.contains("Cancelling the task..."), err);
		assertTrue(out.lines().anyMatch(line -> line.startsWith("[cancelled] Cancelled - ")), out);
	}

	@Test
	void aSecondPiInTheSameWorkspaceIsTurnedAwayWithSeven() throws Exception {
		fixture.server.enqueue(say("Slow ", "answer.").delay(Duration.ofSeconds(2)));
		var first = fixture.pi.startPiped(fixture.run("Answer slowly"));
		fixture.server.takeRequest(Duration.ofSeconds(60));
		var second = fixture.pi.run(fixture.run("Another"));
		assertEquals(7, second.exit(), second.toString());
		assertTrue(second.err().contains("is in use by a running Pi IDE or another pi"), second.toString());
		first.getInputStream().readAllBytes();
		assertEquals(0, first.waitFor(), "the first one finishes undisturbed");
	}

	@Test
	void resumeWithNothingToResumeSaysSo() throws Exception {
		var result = fixture.pi.run(fixture.resume());
		assertEquals(1, result.exit(), result.toString());
		assertEquals("pi: there is no interrupted task in this workspace.\n", result.err());
	}

	/** Whether this JVM (and so the pi it starts) ignores SIGINT, as /proc tells. */
	private static boolean interruptIgnored() throws java.io.IOException {
		var status = java.nio.file.Path.of("/proc/self/status");
		if (!Files.exists(status)) {
			return false;
		}
		return Files.readAllLines(status).stream().filter(line -> line.startsWith("SigIgn:"))
				.map(line -> Long.parseLong(line.substring("SigIgn:".length()).strip(), 16)).anyMatch(mask -> (mask & 2) != 0);
	}

	private void scriptReadThenWrite() throws Exception {
		Files.writeString(fixture.workspace.resolve("notes.txt"), "alpha\n");
		fixture.server.enqueue(plan("Read the notes", "Know them", "Record them", "calls.log has them"),
				call("r1", "read_note", "path", "notes.txt"), say("The notes say alpha."),
				call("w1", "append_call", "text", "alpha"), say("Recorded."));
	}

	private static void assertContainsInOrder(String text, String... parts) {
		var from = 0;
		for (var part : parts) {
			var at = text.indexOf(part, from);
			assertTrue(at >= 0, "\"" + part + "\" after position " + from + " in:\n" + text);
			from = at + part.length();
		}
	}

	private static JsonNode parse(String line) {
		try {
			return JSON.readTree(line);
		} catch (Exception e) {
			throw new AssertionError("not a JSON line: " + line, e);
		}
	}

	private static void timing(String what, PiRunner.Result result) {
		System.out.printf("[cli-e2e] %s: %.1f s%n", what, result.took().toMillis() / 1000.0);
	}
}
