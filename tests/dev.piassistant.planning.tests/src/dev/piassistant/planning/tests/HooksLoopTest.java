package dev.piassistant.planning.tests;

import static dev.piassistant.planning.tests.Scripts.args;
import static dev.piassistant.planning.tests.Scripts.call;
import static dev.piassistant.planning.tests.Scripts.last;
import static dev.piassistant.planning.tests.Scripts.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.agent.TaskProblem;
import dev.piassistant.core.event.ApprovalRequested;
import dev.piassistant.core.event.HookFailed;
import dev.piassistant.core.event.PermissionDecided;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.TaskFailed;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.tool.Permission;

/** A project's hooks in the real loop: commands told of each call on stdin, which may block it. */
class HooksLoopTest {

	private static final String REASON = "Deleting files is not allowed in this project";

	@RegisterExtension
	final LoopFixture fixture = new LoopFixture();

	@AfterEach
	void removeSettings() throws Exception {
		Folders.delete(fixture.workspace().resolve(".pi"));
	}

	/** Writes the workspace's .pi/settings.json with these hooks, and the scripts they run under .pi/. */
	private Path settings(String hooksJson) throws Exception {
		var pi = Files.createDirectories(fixture.workspace().resolve(".pi"));
		Files.writeString(pi.resolve("no-rm.sh"), "input=$(cat)\ncase \"$input\" in *'rm -rf'*) echo '" + REASON
				+ "' >&2; exit 2;; esac\nexit 0\n");
		Files.writeString(pi.resolve("log.sh"), "cat >> .pi/post.log; echo >> .pi/post.log\n");
		return Files.writeString(pi.resolve("settings.json"), "{\"hooks\": " + hooksJson + "}");
	}

	@Test
	void aPreToolUseHookBlocksAShellCommandAndTheModelSeesItsReason() throws Exception {
		settings("""
				{"PreToolUse": [{"matcher": "run|shell", "hooks": [{"type": "command", "command": "sh .pi/no-rm.sh", "timeout": 10}]}],
				 "PostToolUse": [{"matcher": "run", "hooks": [{"type": "command", "command": "sh .pi/log.sh"}]}]}""");
		fixture.answer(question -> question instanceof ApprovalRequested ? Optional.of(Answer.Approve.once()) : Optional.empty());
		fixture.server.enqueue(call("c1", "run", args("command", "rm -rf build")), call("c2", "run", args("command", "echo kept")),
				say("I left the build folder alone."));

		var end = assertInstanceOf(TaskCompleted.class, fixture.run("Clean up the build folder"));

		assertEquals(List.of("{\"command\":\"echo kept\"}"), fixture.tools.ran().stream().map(WorkspaceTools.Ran::arguments).toList(),
				"the blocked command never ran, the next one did");
		var blocked = last(fixture.requests().get(1));
		assertEquals("tool", blocked.path("role").asText());
		assertEquals("c1", blocked.path("tool_call_id").asText());
		assertTrue(blocked.path("content").asText().contains(REASON), blocked.toString());
		var session = end.session();
		var outcomes = fixture.logged(session, ToolCallEnded.class).stream().map(ToolCallEnded::outcome).toList();
		assertEquals(List.of(CallOutcome.DENIED, CallOutcome.COMPLETED), outcomes);
		var decision = fixture.logged(session, PermissionDecided.class).get(0);
		assertEquals(new Permission.Deny("blocked by the hook sh .pi/no-rm.sh"), decision.permission());
		assertEquals(1, fixture.logged(session, ApprovalRequested.class).size(), "only the allowed command was asked for");

		var post = new ObjectMapper().readTree(Files.readString(fixture.workspace().resolve(".pi/post.log")));
		assertEquals("PostToolUse", post.path("hook_event_name").asText());
		assertEquals("echo kept", post.path("tool_input").path("command").asText());
		assertEquals("kept\n", post.path("tool_response").path("output").asText());
		assertEquals(session.value(), post.path("session_id").asText());
	}

	@Test
	void aHookThatFailsOrHangsIsRecordedAndTheCallStillRuns() throws Exception {
		settings("""
				{"PreToolUse": [{"matcher": "read_file", "hooks": [
				   {"type": "command", "command": "echo broken >&2; exit 1"},
				   {"type": "command", "command": "sleep 30", "timeout": 1}]}]}""");
		Files.writeString(fixture.folder.resolve("notes.txt"), "hello");
		fixture.server.enqueue(call("c1", "read_file", args("path", "notes.txt")), say("It says hello."));

		var started = System.nanoTime();
		var end = assertInstanceOf(TaskCompleted.class, fixture.run("What do the notes say?"));

		assertTrue(System.nanoTime() - started < 15_000_000_000L, "the hanging hook was stopped at its timeout");
		assertEquals(1, fixture.tools.ran("read_file"));
		var failures = fixture.logged(end.session(), HookFailed.class);
		assertEquals(2, failures.size(), failures.toString());
		assertEquals("exited with code 1: broken", failures.get(0).problem());
		assertEquals("PreToolUse", failures.get(0).hookEvent());
		assertEquals("c1", failures.get(0).callId());
		assertEquals("did not finish within 1 s and was stopped", failures.get(1).problem());
		assertEquals("sleep 30", failures.get(1).command());
	}

	@Test
	void aUserPromptSubmitHookRefusesARequestBeforeTheModelSeesIt() throws Exception {
		settings("""
				{"UserPromptSubmit": [{"hooks": [{"type": "command", "command": "grep -q password && echo '{\\"decision\\": \\"block\\", \\"reason\\": \\"No secrets in prompts\\"}' || true"}]}]}""");

		var end = assertInstanceOf(TaskFailed.class, fixture.run("My password is hunter2, log in for me"));

		assertEquals(new TaskProblem.HookBlocked("grep -q password && echo '{\"decision\": \"block\", \"reason\": \"No secrets in prompts\"}' || true",
				"No secrets in prompts"), end.problem());
		assertTrue(fixture.requests().isEmpty(), "the model never saw the request");
	}

	@Test
	void stoppingTheTaskStopsARunningHookAndTheCallNeverRunsWhileStopHooksStillHearOfIt() throws Exception {
		settings("""
				{"PreToolUse": [{"hooks": [{"type": "command", "command": "touch .pi/pre-started; sleep 30", "timeout": 60}]}],
				 "Stop": [{"hooks": [{"type": "command", "command": "cat > .pi/stop.json"}]}]}""");
		fixture.server.enqueue(call("c1", "read_file", args("path", "notes.txt")));
		var task = fixture.start("Read the notes", fixture.settings(dev.piassistant.core.agent.ApprovalMode.AUTO,
				dev.piassistant.core.agent.Limits.DEFAULT));
		var started = fixture.workspace().resolve(".pi/pre-started");
		var deadline = System.nanoTime() + LoopFixture.WAIT.toNanos();
		while (!Files.exists(started) && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		var stopped = System.nanoTime();
		fixture.agent.cancel(task.session());

		var end = assertInstanceOf(dev.piassistant.core.event.TaskCancelled.class, LoopFixture.await(task));

		assertTrue(System.nanoTime() - stopped < 5_000_000_000L, "the hook was stopped, not waited for");
		assertEquals(0, fixture.tools.ran("read_file"));
		assertEquals(CallOutcome.CANCELLED, fixture.logged(end.session(), ToolCallEnded.class).get(0).outcome());
		assertTrue(fixture.logged(end.session(), HookFailed.class).isEmpty(), "a hook stopped with its task did not fail");
		var stop = new ObjectMapper().readTree(Files.readString(fixture.workspace().resolve(".pi/stop.json")));
		assertEquals("Stop", stop.path("hook_event_name").asText());
		assertEquals("cancelled", stop.path("outcome").asText());
	}
}
