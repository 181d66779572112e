package dev.piassistant.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.tools.internal.secrets.Environment;

/** The shell tool with real processes: trees killed on time-out and on Stop, output capped, failures explained. */
class ShellToolTest {

	@TempDir
	Path workspace;

	@Test
	void aTimeOutKillsTheWholeProcessTree() throws Exception {
		var marker = "987." + System.nanoTime() % 1_000_000;
		// A background child, a grandchild whose parent subshell has gone (re-parented to init), and one in the foreground.
		var command = "sleep " + marker + " & (sleep " + marker + " &) ; sh -c 'sleep " + marker + "' ; wait";
		var started = System.nanoTime();

		var result = new Tools(workspace).call("shell", "command", command, "timeoutSeconds", 2);

		assertTrue(result.isError(), result.output());
		assertTrue(result.output().contains("did not finish within 2 s"), result.output());
		assertTrue((System.nanoTime() - started) / 1_000_000_000 < 15, "the call waited for its children");
		assertEquals(List.of(), survivors(marker), "processes of the timed-out command survived");
	}

	@Test
	void stoppingTheTaskKillsTheTreeAtOnce() throws Exception {
		var marker = "876." + System.nanoTime() % 1_000_000;
		var tools = new Tools(workspace);
		var running = Executors.newSingleThreadExecutor().submit(() -> tools.call("shell", "command",
				"sleep " + marker + " & sh -c 'sleep " + marker + "'", "timeoutSeconds", 600));
		waitFor(() -> survivors(marker).size() >= 2);

		tools.context.cancel();

		var result = running.get(20, TimeUnit.SECONDS);
		assertTrue(result.isError() && result.output().contains("stopped"), result.output());
		assertEquals(List.of(), survivors(marker));
	}

	@Test
	void outputIsCappedKeepingItsStartAndEnd() throws Exception {
		var result = new Tools(workspace).call("shell", "command", "echo first; seq 1 200000; echo last", "maxOutputChars", 2000);

		assertFalse(result.isError());
		assertTrue(result.output().startsWith("Exit code 0"), result.output());
		assertTrue(result.output().contains("first") && result.output().contains("last"), result.output());
		assertTrue(result.output().contains("bytes in the middle were left out"), result.output());
		assertTrue(result.output().length() < 4000, "output of " + result.output().length() + " characters");
	}

	@Test
	void aNonZeroExitIsAFailureWithTheEndOfItsErrors() throws Exception {
		Files.writeString(workspace.resolve("build.sh"), "echo compiling\nfor i in 1 2 3; do echo warning $i >&2; done\n"
				+ "echo 'Main.java:3: error: missing semicolon' >&2\nexit 3\n");

		var result = new Tools(workspace).call("shell", "command", "sh build.sh");

		assertTrue(result.isError());
		assertEquals(3, result.exitCode());
		assertTrue(result.output().contains("The end of its error output:\nwarning 1\nwarning 2\nwarning 3\nMain.java:3: error: missing semicolon"),
				result.output());
	}

	@Test
	void commandsRunInTheWorkspaceWithoutSecretsAndWithoutPrompts() throws Exception {
		Files.createDirectories(workspace.resolve("sub"));

		var result = new Tools(workspace).call("shell", "command", "pwd; env", "cwd", "sub");

		assertTrue(result.output().contains(workspace.toRealPath().resolve("sub").toString()), result.output());
		assertTrue(result.output().contains("GIT_TERMINAL_PROMPT=0"), result.output());
		var scrubbed = Environment.forCommands(Map.of("OPENAI_API_KEY", "sk-x", "GITHUB_TOKEN", "ghp_x", "AWS_SECRET_ACCESS_KEY", "x",
				"SSH_AUTH_SOCK", "/tmp/agent", "DB_PASSWORD", "p", "PATH", "/usr/bin", "HOME", "/home/me", "JAVA_HOME", "/jdk"));
		assertEquals(Map.of("PATH", "/usr/bin", "HOME", "/home/me", "JAVA_HOME", "/jdk"), Map.of("PATH", scrubbed.get("PATH"), "HOME",
				scrubbed.get("HOME"), "JAVA_HOME", scrubbed.get("JAVA_HOME")));
		assertTrue(Stream.of("OPENAI_API_KEY", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "SSH_AUTH_SOCK", "DB_PASSWORD")
				.noneMatch(scrubbed::containsKey), scrubbed.toString());
		assertEquals("", scrubbed.get("SSH_ASKPASS"), "no program may ask for a passphrase");
	}

	@Test
	void aMissingFolderIsExplained() throws Exception {
		var result = new Tools(workspace).call("shell", "command", "ls", "cwd", "nowhere");

		assertTrue(result.isError());
		assertTrue(result.output().contains("There is no folder nowhere"), result.output());
	}

	/** The processes whose command line carries the marker. */
	static List<String> survivors(String marker) {
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			return processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit)).map(path -> {
				try {
					return new String(Files.readAllBytes(path.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
				} catch (IOException e) {
					return "";
				}
			}).filter(line -> line.contains(marker)).toList();
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
		var end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("timed out waiting");
			}
			Thread.sleep(50);
		}
	}
}
