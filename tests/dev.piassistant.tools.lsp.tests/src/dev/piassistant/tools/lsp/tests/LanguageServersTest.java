package dev.piassistant.tools.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.tools.lsp.internal.LanguageServers;
import dev.piassistant.tools.lsp.internal.LspQueries;
import dev.piassistant.tools.lsp.internal.LspSettings;
import dev.piassistant.tools.lsp.internal.ServerSpec;

/** How servers live: started once and reused, stopped on close, and stopped when they hang. */
class LanguageServersTest {

	@TempDir
	Path workspace;

	private static long serverProcesses(String name) {
		return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
				.filter(process -> process.info().commandLine().orElse("").contains(name)).count();
	}

	@Test
	void aServerIsStartedOnceReusedAndStoppedOnClose() throws Exception {
		Files.writeString(workspace.resolve("a.py"), "x: int = 1\n");
		Files.writeString(workspace.resolve("b.py"), "y: str = 2\n");
		var settings = new LspSettings(ServerSpec.defaults(), List.of(Calls.npmBin()), "");
		var servers = new LanguageServers(Duration.ofSeconds(30), Duration.ofSeconds(30));
		try (servers) {
			var queries = new LspQueries(servers, settings, workspace);
			assertEquals("The language server reports no problems in a.py.", queries.diagnostics("a.py"));
			assertTrue(queries.diagnostics("b.py").startsWith("b.py:1:10: error: Type \"Literal[2]\""));
			assertEquals(1, servers.count());
			assertEquals(1, serverProcesses("pyright-langserver"), "one process serves both files");
		}
		var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (serverProcesses("pyright-langserver") > 0 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertEquals(0, serverProcesses("pyright-langserver"), "closing stops the server");
	}

	@Test
	void aServerThatNeverAnswersIsTimedOutAndStopped() throws Exception {
		Files.writeString(workspace.resolve("x.mute"), "anything");
		var mute = new ServerSpec("mute", List.of("sh", "-c", "echo pi-mute-server >&2; sleep 120"), Map.of("mute", "mute"), "");
		var servers = new LanguageServers(Duration.ofSeconds(2), Duration.ofSeconds(2));
		try (servers) {
			var queries = new LspQueries(servers, new LspSettings(List.of(mute), List.of(), ""), workspace);
			var started = System.nanoTime();
			var error = assertThrows(Exception.class, () -> queries.diagnostics("x.mute"));
			assertTrue(System.nanoTime() - started < Duration.ofSeconds(10).toNanos());
			assertTrue(error.getMessage().startsWith("The language server mute did not start within 2 s; it was stopped"),
					error.getMessage());
			assertEquals(0, servers.count());
			assertEquals(0, serverProcesses("sleep 120"), "the hung server was stopped");
		}
	}
}
