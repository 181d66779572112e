package dev.piassistant.tools.mcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.tools.mcp.internal.ToolNames;
import dev.piassistant.tools.mcp.internal.config.McpJson;
import dev.piassistant.tools.mcp.internal.config.ServerConfig;
import dev.piassistant.tools.mcp.internal.config.ServerSources;

/** The {@code .mcp.json} format other agents share, where files are looked for, and how tools are named. */
class McpConfigTest {

	private final McpJson reader = new McpJson(Map.of("TOKEN", "s3cret", "HOME", "/home/ada"));

	@Test
	void readsStdioAndHttpServersWithVariablesFromTheEnvironment() {
		var result = reader.read("""
				{"mcpServers": {
				  "files": {"command": "npx", "args": ["-y", "server-files", "${HOME}/src"], "env": {"KEY": "${TOKEN}"}, "timeoutSeconds": 5},
				  "remote": {"type": "http", "url": "https://mcp.example.com/mcp", "headers": {"Authorization": "Bearer ${TOKEN}"}},
				  "off": {"command": "x", "disabled": true}}}
				""", "a.json");

		assertEquals(List.of(), result.problems());
		assertEquals(List.of(new ServerConfig("files", new ServerConfig.Stdio("npx", List.of("-y", "server-files", "/home/ada/src"),
				Map.of("KEY", "s3cret"), null), Duration.ofSeconds(5), "a.json"),
				new ServerConfig("remote", new ServerConfig.Http("https://mcp.example.com/mcp", Map.of("Authorization", "Bearer s3cret")),
						ServerConfig.DEFAULT_TIMEOUT, "a.json")), result.servers());
	}

	@Test
	void aWrongEntryIsLeftOutWithAReasonAndTheOthersKept() {
		var result = reader.read("""
				{"mcpServers": {"good": {"command": "node"}, "empty": {}, "old": {"type": "sse", "url": "http://x"},
				 "slow": {"command": "node", "timeoutSeconds": 0}}}
				""", "p/.mcp.json");

		assertEquals(List.of("good"), result.servers().stream().map(ServerConfig::name).toList());
		assertEquals(List.of("p/.mcp.json: server \"empty\": needs a \"command\" (a program to start) or a \"url\" (a streamable HTTP server)",
				"p/.mcp.json: server \"old\": the SSE transport is not supported; use \"type\": \"http\" (streamable HTTP)",
				"p/.mcp.json: server \"slow\": \"timeoutSeconds\" must be a positive number"), result.problems());
	}

	@Test
	void aFileThatIsNotJsonSaysWhereItBroke() {
		var result = reader.read("{\"mcpServers\": {\n \"a\": }", "u/mcp.json");
		assertEquals(List.of(), result.servers());
		assertTrue(result.problems().get(0).startsWith("u/mcp.json: not valid JSON (") && result.problems().get(0).endsWith("line 2)"),
				result.problems().toString());
	}

	@Test
	void aProjectsServerReplacesTheUsersOfTheSameName(@TempDir Path temp) throws Exception {
		var project = Files.createDirectories(temp.resolve("project"));
		var home = Files.createDirectories(temp.resolve("home"));
		Files.writeString(project.resolve(".mcp.json"), "{\"mcpServers\": {\"db\": {\"command\": \"project-db\"}}}");
		Files.writeString(home.resolve("mcp.json"), "{\"mcpServers\": {\"db\": {\"command\": \"user-db\"}, \"web\": {\"url\": \"http://h/mcp\"}}}");
		var plugin = new ServerConfig("web", new ServerConfig.Stdio("plugin-web", List.of(), Map.of(), null), Duration.ofSeconds(1), "plug-in x");

		var result = new ServerSources(Map.of()).gather(List.of(project), home, List.of(plugin));

		assertEquals(List.of("project-db", "http://h/mcp"), result.servers().stream().map(server -> server.transport().describe()).toList());
		assertEquals(project.resolve(".mcp.json").toString(), result.servers().get(0).source());
	}

	@Test
	void toolNamesFollowTheModelsRules() {
		assertEquals("everything__get-sum", ToolNames.of("everything", "get-sum"));
		assertEquals("my_server__read_file", ToolNames.of("my server", "read.file"));
		var long_ = ToolNames.of("a-server-with-a-rather-long-name", "and_a_tool_whose_name_goes_on_and_on_and_on");
		assertEquals(64, long_.length());
		assertTrue(long_.matches("[A-Za-z0-9_-]{1,64}") && long_.startsWith("a-server-with") && long_.endsWith("on_and_on"), long_);
	}
}
