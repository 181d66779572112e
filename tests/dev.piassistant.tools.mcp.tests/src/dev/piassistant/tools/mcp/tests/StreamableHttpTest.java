package dev.piassistant.tools.mcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.piassistant.core.mcp.McpException;
import dev.piassistant.core.mcp.McpServerState.Status;
import dev.piassistant.testing.ToolCalls;
import dev.piassistant.tools.mcp.internal.ServerTools;
import dev.piassistant.tools.mcp.internal.client.Connection;
import dev.piassistant.tools.mcp.internal.config.ServerConfig;

/** server-everything over streamable HTTP on a local port, and a server that is not there. */
class StreamableHttpTest {

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
	private Process server;
	private Connection connection;

	@AfterEach
	void stop() {
		if (connection != null) {
			connection.stop();
		}
		if (server != null) {
			server.descendants().forEach(ProcessHandle::destroy);
			server.destroy();
		}
		scheduler.shutdownNow();
	}

	@Test
	void toolsOfAServerOverStreamableHttpAreListedAndCalled() throws Exception {
		var port = freePort();
		var builder = new ProcessBuilder("node", Npm.everything(), "streamableHttp").redirectErrorStream(true);
		builder.environment().put("PORT", String.valueOf(port));
		server = builder.start();
		var output = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
		for (var line = output.readLine(); line != null && !line.contains("listening on port"); line = output.readLine()) {
			// Wait until it listens.
		}
		connection = new Connection(http(port), scheduler, changed -> { });
		connection.client();

		assertEquals(Status.RUNNING, connection.status());
		var echo = ToolCalls.named(new ServerTools(10_000).of(connection), "web__echo");
		var result = Calls.call(echo, "{\"message\": \"over HTTP\"}");
		assertFalse(result.isError(), result.output());
		assertTrue(result.output().contains("over HTTP"), result.output());
	}

	@Test
	void aServerThatIsNotThereFailsToStartWithAClearMessage() throws Exception {
		connection = new Connection(http(freePort()), scheduler, changed -> { });
		var failure = assertThrows(McpException.class, connection::client);
		assertTrue(failure.getMessage().startsWith("The MCP server 'web' (http://127.0.0.1:"), failure.getMessage());
		assertTrue(failure.getMessage().contains("could not be started: "), failure.getMessage());
		assertEquals(Status.FAILED, connection.status());
	}

	private static ServerConfig http(int port) {
		return new ServerConfig("web", new ServerConfig.Http("http://127.0.0.1:" + port + "/mcp", Map.of()), Duration.ofSeconds(15), "a test");
	}

	private static int freePort() throws Exception {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
