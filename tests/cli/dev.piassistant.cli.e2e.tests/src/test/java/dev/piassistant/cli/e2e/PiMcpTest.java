package dev.piassistant.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * {@code pi mcp} as another agent meets it: the official MCP inspector's command line (from tests/npm/mcp)
 * starts the built pi, lists its tools and calls them; what the permissions would ask about is refused.
 */
class PiMcpTest {

	@Test
	void theInspectorListsAndCallsTheToolsPiServes() throws Exception {
		try (var fixture = new PiFixture("mcp")) {
			Files.writeString(fixture.workspace.resolve("hello.txt"), "hello from the workspace\n");
			var pi = fixture.pi.script(List.of("mcp", "--workspace", fixture.workspace.toString()));

			var listed = inspector(pi, "--method", "tools/list");
			assertTrue(listed.contains("\"name\": \"read_file\"") && listed.contains("\"name\": \"shell\""), listed);

			var read = inspector(pi, "--method", "tools/call", "--tool-name", "read_file", "--tool-arg", "path=hello.txt");
			assertTrue(read.contains("hello from the workspace"), read);
			assertFalse(read.contains("\"isError\": true"), read);

			var refused = inspector(pi, "--method", "tools/call", "--tool-name", "shell", "--tool-arg", "command=touch made.txt");
			assertTrue(refused.contains("Pi's permissions ask before this call") && refused.contains("\"isError\": true"), refused);
			assertFalse(Files.exists(fixture.workspace.resolve("made.txt")), "nothing ran");
		}
	}

	private static String inspector(Path pi, String... method) throws Exception {
		var npm = System.getProperty("pi.npm");
		var cli = Path.of(npm, "mcp", "node_modules", "@modelcontextprotocol", "inspector", "cli", "build", "cli.js");
		assertTrue(Files.exists(cli), cli + " exists: run npm ci in tests/npm/mcp");
		var command = new ArrayList<>(List.of("node", cli.toString(), "--cli", "bash", pi.toString()));
		command.addAll(List.of(method));
		var process = new ProcessBuilder(command).redirectErrorStream(true).start();
		var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the inspector ended");
		assertEquals(0, process.exitValue(), output);
		return output;
	}
}
