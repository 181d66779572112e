package dev.piassistant.planning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.planning.internal.hooks.Hook;
import dev.piassistant.planning.internal.hooks.HookOutcome;
import dev.piassistant.planning.internal.hooks.HookPoint;
import dev.piassistant.planning.internal.hooks.HookProcess;
import dev.piassistant.planning.internal.hooks.HookSettings;
import dev.piassistant.planning.internal.hooks.Hooks;

/** Reading hooks from the user's and the projects' settings, and how a hook's exit tells what it decided. */
class HooksTest {

	@TempDir
	Path home;
	@TempDir
	Path workspace;

	@Test
	void hooksComeFromTheUserAndEachProjectAndRunInTheirFolder() throws Exception {
		Files.writeString(home.resolve("settings.json"), """
				{"hooks": {"PreToolUse": [{"matcher": "*", "hooks": [{"type": "command", "command": "user-check"}]}]}}""");
		var app = Files.createDirectories(workspace.resolve("app/.pi")).getParent();
		Files.writeString(app.resolve(".pi/settings.json"), """
				{"model": "ignored", "hooks": {"PreToolUse": [{"matcher": "shell|run", "hooks": [{"command": "app-check", "timeout": 5}]}],
				 "Stop": [{"hooks": [{"type": "command", "command": "notify"}]}]}}""");

		var hooks = Hooks.load(home, workspace);

		assertTrue(hooks.problems().isEmpty(), hooks.problems().toString());
		assertEquals(List.of("user-check", "app-check"), hooks.at(HookPoint.PRE_TOOL_USE, "shell").stream().map(Hook::command).toList());
		assertEquals(List.of("user-check"), hooks.at(HookPoint.PRE_TOOL_USE, "read_file").stream().map(Hook::command).toList());
		var appCheck = hooks.at(HookPoint.PRE_TOOL_USE, "run").get(1);
		assertEquals(app, appCheck.directory());
		assertEquals(Duration.ofSeconds(5), appCheck.timeout());
		assertEquals(workspace, hooks.at(HookPoint.PRE_TOOL_USE, "run").get(0).directory(), "the user's hooks run in the workspace");
		assertEquals(List.of("notify"), hooks.at(HookPoint.STOP, null).stream().map(Hook::command).toList());
	}

	@Test
	void settingsThatCannotBeUsedAreNamedAndTheRestStillLoad() throws Exception {
		Files.writeString(home.resolve("settings.json"), "{\"hooks\": {\"PreToolUse\": [");
		var pi = Files.createDirectories(workspace.resolve(".pi"));
		Files.writeString(pi.resolve("settings.json"), """
				{"hooks": {"BeforeEverything": [], "PreToolUse": [{"matcher": "(", "hooks": [{"command": "x"}]},
				 {"matcher": "run", "hooks": [{"command": "ok"}, {"type": "prompt"}]}]}}""");

		var hooks = Hooks.load(home, workspace);

		assertEquals(List.of("ok"), hooks.hooks().stream().map(Hook::command).toList());
		var problems = hooks.problems().stream().map(HookSettings.Problem::describe).toList();
		assertEquals(4, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith(home.resolve("settings.json") + ": is not valid JSON"), problems.get(0));
		var project = pi.resolve("settings.json") + ": ";
		assertTrue(problems.contains(project + "'BeforeEverything' is not an event Pi Assistant runs hooks at; the events are "
				+ "PreToolUse, PostToolUse, UserPromptSubmit and Stop"), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.startsWith(project + "PreToolUse: the matcher '(' is not a regular expression")));
		assertTrue(problems.contains(project + "PreToolUse: each hook needs \"type\": \"command\" and a \"command\""));
	}

	@Test
	void theExitCodeAndTheJsonOnStdoutTellWhetherAHookBlocks() throws Exception {
		assertEquals(new HookOutcome.Passed("fine"), run("cat > /dev/null; echo fine"));
		assertEquals(new HookOutcome.Blocked("not here"), run("echo 'not here' >&2; exit 2"));
		assertEquals(new HookOutcome.Blocked("too big"), run("echo '{\"decision\": \"block\", \"reason\": \"too big\"}'"));
		assertEquals(new HookOutcome.Blocked("no rm"),
				run("echo '{\"hookSpecificOutput\": {\"permissionDecision\": \"deny\", \"permissionDecisionReason\": \"no rm\"}}'"));
		assertEquals(new HookOutcome.Failed("exited with code 3: oops"), run("echo oops >&2; exit 3"));
		assertEquals(new HookOutcome.Passed("{\"tool_name\":\"run\"}"), run("cat"), "the event arrives on stdin");
	}

	private HookOutcome run(String command) {
		return HookProcess.run(new Hook(HookPoint.PRE_TOOL_USE, null, command, Duration.ofSeconds(10), workspace,
				workspace.resolve("settings.json")), "{\"tool_name\":\"run\"}");
	}
}
