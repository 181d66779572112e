package dev.piassistant.tools.mcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.core.audit.AuditFilter;
import dev.piassistant.core.audit.AuditKind;
import dev.piassistant.core.audit.AuditTrail;
import dev.piassistant.core.mcp.McpToolServer;
import dev.piassistant.testing.OsgiServices;
import dev.piassistant.testing.ToolCalls;
import dev.piassistant.tools.mcp.internal.ServerTools;
import dev.piassistant.tools.mcp.internal.client.Connection;
import dev.piassistant.tools.mcp.internal.config.ServerConfig;

/**
 * Pi's tools served over MCP, reached by Pi's own MCP client and by the official inspector's command line, each
 * through a real process ({@code tcp-bridge.js}, standard input and output joined to the server this JVM runs).
 * Every call passes the permission engine and lands in the audit trail.
 */
class PiToolServerTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@TempDir
	Path workspace;
	private final ExecutorService serving = Executors.newCachedThreadPool();
	private final java.util.concurrent.ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
	private ServerSocket socket;
	private volatile boolean everything;
	private Connection client;

	@BeforeEach
	void serve() throws Exception {
		Files.writeString(workspace.resolve("note.txt"), "served by Pi\n");
		var server = OsgiServices.await(McpToolServer.class, WAIT);
		socket = new ServerSocket(0);
		serving.execute(() -> {
			while (!socket.isClosed()) {
				try {
					var connection = socket.accept();
					serving.execute(() -> {
						try (connection) {
							server.serveStdio(connection.getInputStream(), connection.getOutputStream(),
									new McpToolServer.Options(workspace, Set.of(), everything));
						} catch (IOException | InterruptedException e) {
							// The client went away.
						}
					});
				} catch (IOException e) {
					return;
				}
			}
		});
	}

	@AfterEach
	void stop() throws Exception {
		if (client != null) {
			client.stop();
		}
		socket.close();
		serving.shutdownNow();
		scheduler.shutdownNow();
	}

	private ServerConfig bridged() {
		return new ServerConfig("pi", new ServerConfig.Stdio("node", List.of(bridge(), String.valueOf(socket.getLocalPort())), Map.of(), null),
				WAIT, "a test");
	}

	private static String bridge() {
		return Npm.folder().resolve("servers/tcp-bridge.js").toString();
	}

	@Test
	void pisOwnClientListsAndCallsPisTools() throws Exception {
		client = new Connection(bridged(), scheduler, changed -> { });
		client.client();
		var tools = new ServerTools(100_000).of(client);
		var names = tools.stream().map(tool -> tool.name()).toList();
		assertTrue(names.contains("pi__read_file") && names.contains("pi__shell"), names.toString());
		assertFalse(names.stream().anyMatch(name -> name.startsWith("pi__mcp_")), "tools reached over MCP are not served again: " + names);

		var read = Calls.call(ToolCalls.named(tools, "pi__read_file"), "{\"path\": \"note.txt\"}");
		assertFalse(read.isError(), read.output());
		assertTrue(read.output().contains("served by Pi"), read.output());
	}

	@Test
	void aCallThePermissionsWouldAskAboutIsRefusedUnlessAllowedUpFrontAndAudited() throws Exception {
		client = new Connection(bridged(), scheduler, changed -> { });
		client.client();
		var shell = ToolCalls.named(new ServerTools(100_000).of(client), "pi__shell");
		var marker = "touch refused-" + System.nanoTime() + ".txt";

		var refused = Calls.call(shell, "{\"command\": \"" + marker + "\"}");
		assertTrue(refused.isError());
		assertTrue(refused.output().startsWith("Pi's permissions ask before this call (") && refused.output().contains("--allow execute"),
				refused.output());
		assertFalse(Files.exists(workspace.resolve(marker.substring("touch ".length()))), "nothing ran");
		var audit = OsgiServices.await(AuditTrail.class, WAIT).list(AuditFilter.ALL.withTool("shell"));
		var mine = audit.stream().filter(entry -> entry.record().task().equals(audit.stream()
				.filter(e -> e.record().summary().contains(marker)).findFirst().orElseThrow().record().task())).toList();
		assertEquals(List.of(AuditKind.REQUEST, AuditKind.DECISION, AuditKind.RESULT), mine.stream().map(entry -> entry.record().kind()).toList());
		assertEquals("ask", mine.get(1).record().decision());

		client.stop();
		everything = true;
		client.client();
		var ran = Calls.call(ToolCalls.named(new ServerTools(100_000).of(client), "pi__shell"), "{\"command\": \"touch allowed.txt\"}");
		assertFalse(ran.isError(), ran.output());
		assertTrue(Files.exists(workspace.resolve("allowed.txt")), "pi mcp --yes lets it run: " + ran.output());
	}

	@Test
	void theOfficialInspectorListsAndCallsPisTools() throws Exception {
		var listed = inspector("--method", "tools/list");
		assertTrue(listed.contains("\"name\": \"read_file\""), listed);
		var called = inspector("--method", "tools/call", "--tool-name", "read_file", "--tool-arg", "path=note.txt");
		assertTrue(called.contains("served by Pi"), called);
	}

	private String inspector(String... method) throws Exception {
		var command = new java.util.ArrayList<>(List.of("node", Npm.inspector(), "--cli", "node", bridge(), String.valueOf(socket.getLocalPort())));
		command.addAll(List.of(method));
		var process = new ProcessBuilder(command).redirectErrorStream(true).start();
		var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the inspector ended");
		assertEquals(0, process.exitValue(), output);
		return output;
	}
}
