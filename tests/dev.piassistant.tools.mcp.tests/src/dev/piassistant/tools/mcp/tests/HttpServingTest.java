package dev.piassistant.tools.mcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
 * Pi's tools served over streamable HTTP on the loopback interface, reached by Pi's own MCP client and by the
 * official inspector's command line with the bearer token, and refused without it.
 */
class HttpServingTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@TempDir
	Path workspace;
	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
	private final String token = "test-token-" + System.nanoTime();
	private McpToolServer.HttpServing serving;
	private Connection client;

	@BeforeEach
	void serve() throws Exception {
		Files.writeString(workspace.resolve("note.txt"), "served by Pi over HTTP\n");
		serving = OsgiServices.await(McpToolServer.class, WAIT).serveHttp(0, token, new McpToolServer.Options(workspace, Set.of(), false));
	}

	@AfterEach
	void stop() {
		if (client != null) {
			client.stop();
		}
		serving.close();
		scheduler.shutdownNow();
	}

	private Connection connect(String bearer) throws Exception {
		client = new Connection(new ServerConfig("ide", new ServerConfig.Http(serving.url(), Map.of("Authorization", "Bearer " + bearer)),
				WAIT, "a test"), scheduler, changed -> { });
		client.client();
		return client;
	}

	@Test
	void pisOwnClientListsTheToolsReadsAFileAndIsRefusedAShellCommandNobodyApproved() throws Exception {
		assertTrue(serving.url().startsWith("http://127.0.0.1:"), serving.url());
		var tools = new ServerTools(100_000).of(connect(token));
		var names = tools.stream().map(tool -> tool.name()).toList();
		assertTrue(names.contains("ide__read_file") && names.contains("ide__shell"), names.toString());
		assertTrue(names.contains("ide__ide_problems") && names.contains("ide__java_references") && names.contains("ide__java_callers"),
				"the IDE's tools are served too: " + names);

		var read = Calls.call(ToolCalls.named(tools, "ide__read_file"), "{\"path\": \"note.txt\"}");
		assertFalse(read.isError(), read.output());
		assertTrue(read.output().contains("served by Pi over HTTP"), read.output());

		var marker = "touch refused-" + System.nanoTime() + ".txt";
		var refused = Calls.call(ToolCalls.named(tools, "ide__shell"), "{\"command\": \"" + marker + "\"}");
		assertTrue(refused.isError());
		assertTrue(refused.output().startsWith("Pi's permissions ask before this call (") && refused.output().contains("project profile"),
				refused.output());
		assertFalse(Files.exists(workspace.resolve(marker.substring("touch ".length()))), "nothing ran");
		var audited = trail().list(AuditFilter.ALL.withTool("shell")).stream().filter(entry -> entry.record().summary().contains(marker)).toList();
		assertEquals(1, audited.size(), "the request is audited");
		var task = audited.get(0).record().task();
		var kinds = trail().list(AuditFilter.ALL.withTask(task).withTool("shell")).stream().map(entry -> entry.record().kind()).toList();
		assertTrue(kinds.containsAll(List.of(AuditKind.REQUEST, AuditKind.DECISION, AuditKind.RESULT)), kinds.toString());
	}

	@Test
	void aRequestWithoutTheTokenOrWithAWrongOneGets401AndRunsNothing() throws Exception {
		var marker = "touch unauthorised-" + System.nanoTime() + ".txt";
		var call = "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"tools/call\", \"params\": {\"name\": \"read_file\", "
				+ "\"arguments\": {\"path\": \"" + marker + "\"}}}";
		var http = HttpClient.newHttpClient();
		var none = http.send(post(call).build(), HttpResponse.BodyHandlers.ofString());
		var wrong = http.send(post(call).header("Authorization", "Bearer " + token + "x").build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(401, none.statusCode(), none.body());
		assertEquals(401, wrong.statusCode(), wrong.body());
		assertTrue(none.body().contains("Authorization: Bearer"), none.body());
		assertTrue(trail().list(AuditFilter.ALL.withTool("read_file")).stream().noneMatch(entry -> entry.record().summary().contains(marker)),
				"no call was even requested");
	}

	@Test
	void theOfficialInspectorListsAndCallsPisToolsOverHttp() throws Exception {
		var listed = inspector("--method", "tools/list");
		assertTrue(listed.contains("\"name\": \"read_file\""), listed);
		var called = inspector("--method", "tools/call", "--tool-name", "read_file", "--tool-arg", "path=note.txt");
		assertTrue(called.contains("served by Pi over HTTP"), called);
		assertTrue(trail().list(AuditFilter.ALL.withTool("read_file")).stream()
				.anyMatch(entry -> entry.record().kind() == AuditKind.RESULT && entry.record().summary().contains("served by Pi over HTTP")),
				"the inspector's call is in the audit trail");
	}

	private HttpRequest.Builder post(String body) {
		return HttpRequest.newBuilder(URI.create(serving.url())).header("Content-Type", "application/json")
				.header("Accept", "application/json, text/event-stream").POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private String inspector(String... method) throws Exception {
		var command = new ArrayList<>(List.of("node", Npm.inspector(), "--cli", serving.url(), "--transport", "http"));
		command.addAll(List.of(method));
		var builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("NODE_OPTIONS", "--require " + Npm.folder().resolve("servers/bearer-header.cjs"));
		builder.environment().put("PI_MCP_TOKEN", token);
		var process = builder.start();
		var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the inspector ended");
		assertEquals(0, process.exitValue(), output);
		return output;
	}

	private static AuditTrail trail() {
		return OsgiServices.await(AuditTrail.class, WAIT);
	}
}
