package dev.piassistant.tools.lsp.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.piassistant.core.PiHome;
import dev.piassistant.core.tool.ToolRegistry;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.testing.OsgiServices;
import dev.piassistant.testing.ToolCalls;

/**
 * Calls the language-server tools as the agent loop does: found by name in the real tool registry, their handler
 * run with parsed arguments and a context naming the workspace.
 */
final class Calls {

	private Calls() {
	}

	/** Where the test's language servers were installed by {@code npm ci} (tests/npm/lsp). */
	static Path npmBin() {
		var npm = System.getProperty("pi.npm");
		if (npm == null) {
			throw new IllegalStateException("The system property pi.npm names tests/npm; the build passes it to every test.");
		}
		var bin = Path.of(npm, "lsp", "node_modules", ".bin");
		if (!Files.isDirectory(bin)) {
			throw new IllegalStateException("Run 'npm ci' in " + Path.of(npm, "lsp") + " first (./pi test does).");
		}
		return bin;
	}

	/** Writes the user's settings.json in the Pi home with this languageServers section. */
	static void settings(String languageServersJson) throws Exception {
		Files.createDirectories(PiHome.directory());
		Files.writeString(PiHome.directory().resolve("settings.json"), "{\"languageServers\": " + languageServersJson + "}");
	}

	static ToolResult call(String tool, Path workspace, String argumentsJson) throws Exception {
		var registry = OsgiServices.await(ToolRegistry.class, Duration.ofSeconds(20));
		var found = registry.find(tool).orElseThrow(() -> new AssertionError("no tool " + tool + " in " + registry.tools()));
		return ToolCalls.call(found, workspace, argumentsJson);
	}
}
