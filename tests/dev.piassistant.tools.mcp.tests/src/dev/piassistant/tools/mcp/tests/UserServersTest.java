package dev.piassistant.tools.mcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.core.mcp.McpException;
import dev.piassistant.core.mcp.McpServerEntry;
import dev.piassistant.tools.mcp.internal.config.McpJson;
import dev.piassistant.tools.mcp.internal.config.ServerConfig;
import dev.piassistant.tools.mcp.internal.config.UserServers;

/** The MCP Servers page's edits to the user's {@code mcp.json}: what the user wrote by hand is kept. */
class UserServersTest {

	@TempDir
	Path home;

	@Test
	void addingAServerKeepsTheOthersAndWhatPiDoesNotEdit() throws Exception {
		var file = home.resolve("mcp.json");
		Files.writeString(file, """
				{"comment": "mine", "mcpServers": {"files": {"command": "npx", "args": ["-y", "files"], "timeoutSeconds": 5}}}
				""");
		var servers = new UserServers(file);

		servers.save("", McpServerEntry.http("remote", "https://mcp.example.com/mcp", Map.of("Authorization", "Bearer ${TOKEN}")));

		var read = new McpJson(Map.of("TOKEN", "s3cret")).read(Files.readString(file), "mcp.json");
		assertEquals(List.of(), read.problems());
		assertEquals(List.of("files", "remote"), read.servers().stream().map(ServerConfig::name).toList());
		assertEquals(5, read.servers().get(0).timeout().toSeconds());
		assertEquals(new ServerConfig.Http("https://mcp.example.com/mcp", Map.of("Authorization", "Bearer s3cret")),
				read.servers().get(1).transport());
		assertTrue(Files.readString(file).contains("\"comment\" : \"mine\""), Files.readString(file));
		assertEquals("Bearer ${TOKEN}", servers.read().get(1).headers().get("Authorization"), "variables stay as written");
	}

	@Test
	void editingRenamesInPlaceAndKeepsTheEntrysOtherFields() throws Exception {
		var file = home.resolve("mcp.json");
		Files.writeString(file, """
				{"mcpServers": {"a": {"command": "x"}, "files": {"command": "npx", "cwd": "/src", "timeoutSeconds": 5}, "z": {"command": "y"}}}
				""");
		var servers = new UserServers(file);

		servers.save("files", new McpServerEntry("docs", "node", List.of("server.js"), Map.of("KEY", "1"), "", Map.of(), true));

		assertEquals(List.of("a", "docs", "z"), servers.read().stream().map(McpServerEntry::name).toList());
		var docs = servers.read().get(1);
		assertEquals(List.of("server.js"), docs.args());
		assertEquals(Map.of("KEY", "1"), docs.env());
		assertTrue(docs.disabled());
		assertTrue(Files.readString(file).contains("\"cwd\" : \"/src\""), Files.readString(file));

		servers.remove("a");
		assertEquals(List.of("docs", "z"), servers.read().stream().map(McpServerEntry::name).toList());
	}

	@Test
	void aNameTakenByAnotherServerIsRefused() throws Exception {
		var servers = new UserServers(home.resolve("mcp.json"));
		servers.save("", McpServerEntry.command("files", "npx", List.of(), Map.of()));

		var taken = assertThrows(McpException.class, () -> servers.save("", McpServerEntry.command("files", "node", List.of(), Map.of())));
		assertTrue(taken.getMessage().contains("A server named 'files' is already in"), taken.getMessage());
		assertEquals("npx", servers.read().get(0).command());
	}

	@Test
	void aFileThatIsNotJsonIsNeverOverwritten() throws Exception {
		var file = home.resolve("mcp.json");
		Files.writeString(file, "{\"mcpServers\": {\n \"a\": }");

		var broken = assertThrows(McpException.class, () -> new UserServers(file).save("", McpServerEntry.command("b", "node", List.of(), Map.of())));
		assertTrue(broken.getMessage().contains("is not valid JSON") && broken.getMessage().contains("line 2"), broken.getMessage());
		assertEquals("{\"mcpServers\": {\n \"a\": }", Files.readString(file));
	}
}
