package dev.piassistant.tools.mcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.piassistant.core.mcp.McpServerState.Status;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.testing.ToolCalls;
import dev.piassistant.tools.mcp.internal.ServerTools;
import dev.piassistant.tools.mcp.internal.client.Connection;

/**
 * A real server process that misbehaves on purpose ({@code tests/npm/mcp/servers/misbehaving-server.js}): what
 * the model is told, and that the server is usable again afterwards.
 */
class MisbehavingServerTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(3);

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
	private final List<Status> states = new CopyOnWriteArrayList<>();
	private Connection connection;
	private ServerTools tools;

	@BeforeEach
	void start() throws Exception {
		connection = new Connection(Npm.stdio("bad", Npm.misbehaving(), TIMEOUT), scheduler, changed -> states.add(changed.status()));
		connection.client();
		tools = new ServerTools(100_000);
	}

	@AfterEach
	void stop() {
		connection.stop();
		scheduler.shutdownNow();
	}

	@Test
	void toolsAreNamedAfterTheServerAndAskedForByDefault() {
		var offered = tools.of(connection);
		assertEquals(List.of("bad__echo", "bad__crash", "bad__hang", "bad__garble", "bad__big"), offered.stream().map(t -> t.name()).toList());
		assertTrue(offered.stream().allMatch(tool -> tool.risk() == Risk.EXECUTE), "MCP tools are not trusted as reads");
		assertTrue(offered.get(0).spec().description().startsWith("[MCP server bad]"));
	}

	@Test
	void aServerThatCrashesMidCallFailsTheCallAtOnceAndIsRestarted() throws Exception {
		var began = System.nanoTime();
		var result = Calls.call(ToolCalls.named(tools.of(connection), "bad__crash"), "{}");
		var took = Duration.ofNanos(System.nanoTime() - began);

		assertTrue(result.isError());
		assertTrue(result.output().contains("The MCP server 'bad' stopped (its process exited) while running its tool 'crash'"), result.output());
		assertTrue(result.output().contains("crashing on purpose"), "its last output is shown: " + result.output());
		assertTrue(took.compareTo(TIMEOUT) < 0, "the crash is noticed before the time-out: " + took);

		waitFor(() -> connection.status() == Status.RUNNING && states.contains(Status.RESTARTING));
		assertTrue(connection.state(List.of()).log().stream().anyMatch(line -> line.contains("stopped unexpectedly")),
				"the user is told in the server's log: " + connection.state(List.of()).log());
		var again = Calls.call(ToolCalls.named(tools.of(connection), "bad__echo"), "{\"text\":\"back\"}");
		assertFalse(again.isError(), again.output());
		assertTrue(again.output().startsWith("echo: back"), again.output());
	}

	@Test
	void aServerThatHangsIsTimedOutWithAClearMessage() throws Exception {
		var began = System.nanoTime();
		var result = Calls.call(ToolCalls.named(tools.of(connection), "bad__hang"), "{}");
		var took = Duration.ofNanos(System.nanoTime() - began);

		assertTrue(result.isError());
		assertTrue(result.output().contains("The MCP server 'bad' did not answer within 3 s while running its tool 'hang'"), result.output());
		assertTrue(result.output().contains("\"timeoutSeconds\""), "says how to wait longer: " + result.output());
		assertTrue(took.compareTo(TIMEOUT) >= 0 && took.compareTo(TIMEOUT.plusSeconds(3)) < 0, "took " + took);
		var after = Calls.call(ToolCalls.named(tools.of(connection), "bad__echo"), "{\"text\":\"still here\"}");
		assertTrue(after.output().startsWith("echo: still here"), "the server still answers: " + after.output());
	}

	@Test
	void aMalformedMessageLosesNothing() throws Exception {
		var result = Calls.call(ToolCalls.named(tools.of(connection), "bad__garble"), "{}");

		assertFalse(result.isError(), result.output());
		assertEquals("answered after a malformed line", result.output());
		assertTrue(connection.log().all().stream().anyMatch(line -> line.startsWith("[pi] ignored a line from the server that is not valid JSON: "
				+ "{\"jsonrpc\": \"2.0\"")), "the user can see what was sent: " + connection.log().all());
		assertEquals(Status.RUNNING, connection.status());
		var after = Calls.call(ToolCalls.named(tools.of(connection), "bad__echo"), "{\"text\":\"next\"}");
		assertTrue(after.output().startsWith("echo: next"), after.output());
	}

	@Test
	void aTenMegabyteResultIsCappedSayingHowMuchWasLeftOut() throws Exception {
		var result = Calls.call(ToolCalls.named(tools.of(connection), "bad__big"), "{\"megabytes\": 10}");

		assertFalse(result.isError(), result.output().substring(0, 200));
		assertTrue(result.output().length() < 100_300, "capped: " + result.output().length());
		assertTrue(result.output().endsWith("[... 10,385,760 more characters left out: the result had 10,485,760 characters and at most "
				+ "100,000 are kept. Ask for less.]"), result.output().substring(100_000));
	}

	private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
		var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("condition not met in 15 s");
			}
			Thread.sleep(50);
		}
	}
}
