package dev.piassistant.tools.mcp.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.piassistant.tools.mcp.internal.config.ServerConfig;

/**
 * The MCP servers the tests start: {@code @modelcontextprotocol/server-everything} and the inspector from
 * {@code tests/npm/mcp} (installed by {@code npm ci}), and the misbehaving server kept beside them.
 */
final class Npm {

	private Npm() {
	}

	static Path folder() {
		var npm = System.getProperty("pi.npm");
		if (npm == null) {
			throw new IllegalStateException("pi.npm is not set: run the tests through Maven");
		}
		var folder = Path.of(npm, "mcp");
		if (!Files.isDirectory(folder.resolve("node_modules"))) {
			throw new IllegalStateException("Run 'npm ci' in " + folder + " first (./pi test does)");
		}
		return folder;
	}

	static String everything() {
		return folder().resolve("node_modules/@modelcontextprotocol/server-everything/dist/index.js").toString();
	}

	static String misbehaving() {
		return folder().resolve("servers/misbehaving-server.js").toString();
	}

	static String inspector() {
		return folder().resolve("node_modules/@modelcontextprotocol/inspector/cli/build/cli.js").toString();
	}

	static ServerConfig stdio(String name, String script, Duration timeout) {
		return new ServerConfig(name, new ServerConfig.Stdio("node", List.of(script), Map.of(), null), timeout, "a test");
	}
}
