package dev.piassistant.tools.mcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import dev.piassistant.core.PiHome;
import dev.piassistant.core.mcp.McpServerState.Status;
import dev.piassistant.core.mcp.McpServers;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.ToolRegistry;
import dev.piassistant.testing.OsgiServices;

/**
 * The reference server {@code @modelcontextprotocol/server-everything}, configured in the user's {@code mcp.json}
 * and reached through the services the agent uses: its tools in the tool registry, its resources and prompts.
 */
class EverythingServerTest {

	private static final Duration WAIT = Duration.ofSeconds(30);
	private static McpServers servers;
	private static ToolRegistry registry;

	@BeforeAll
	static void configure() throws Exception {
		Files.createDirectories(PiHome.directory());
		Files.writeString(PiHome.directory().resolve("mcp.json"), """
				{"mcpServers": {"everything": {"command": "node", "args": ["%s"], "timeoutSeconds": 20}}}
				""".formatted(Npm.everything()));
		servers = OsgiServices.await(McpServers.class, WAIT);
		registry = OsgiServices.await(ToolRegistry.class, WAIT);
		servers.refresh();
	}

	@AfterAll
	static void unconfigure() throws Exception {
		Files.deleteIfExists(PiHome.directory().resolve("mcp.json"));
		servers.refresh();
	}

	@Test
	void itsToolsAreTheAgentsToolsAndCallable() throws Exception {
		var echo = registry.find("everything__echo").orElseThrow(() -> new AssertionError("tools: " + registry.tools()));
		assertEquals(Risk.EXECUTE, echo.risk());
		var result = Calls.call(echo, "{\"message\": \"hello from Pi\"}");
		assertFalse(result.isError(), result.output());
		assertTrue(result.output().contains("hello from Pi"), result.output());

		var sum = Calls.call(registry.find("everything__get-sum").orElseThrow(), "{\"a\": 2, \"b\": 40}");
		assertTrue(sum.output().contains("42"), sum.output());
	}

	@Test
	void itsStateListsItsTools() {
		var state = servers.servers().stream().filter(server -> server.name().equals("everything")).findFirst().orElseThrow();
		assertEquals(Status.RUNNING, state.status());
		assertTrue(state.tools().contains("everything__echo"), state.tools().toString());
		assertTrue(state.source().endsWith("mcp.json"), state.source());
	}

	@Test
	void itsResourcesAreListedAndRead() throws Exception {
		var resources = servers.resources("everything");
		var architecture = resources.stream().filter(resource -> resource.name().equals("architecture.md")).findFirst()
				.orElseThrow(() -> new AssertionError("resources: " + resources));
		var text = servers.readResource("everything", architecture.uri());
		assertTrue(text.length() > 100, text);

		var tool = registry.find("mcp_read_resource").orElseThrow();
		assertEquals(Risk.READ, tool.risk());
		var read = Calls.call(tool, "{\"server\": \"everything\", \"uri\": \"" + architecture.uri() + "\"}");
		assertEquals(text, read.output());
	}

	@Test
	void aResourceIsReadFromAThreadThatCannotSeeTheSdk() throws Exception {
		// Views read resources in jobs, whose threads' context class loaders know nothing of this bundle.
		var read = new java.util.concurrent.CompletableFuture<String>();
		var thread = new Thread(() -> {
			try {
				servers.restart("everything");
				var architecture = servers.resources("everything").stream().filter(resource -> resource.name().equals("architecture.md"))
						.findFirst().orElseThrow();
				read.complete(servers.readResource("everything", architecture.uri()));
			} catch (Exception | AssertionError e) {
				read.completeExceptionally(e);
			}
		});
		thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
		thread.start();
		var text = read.get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
		assertTrue(text.contains("Architecture"), text);
	}

	@Test
	void itsPromptsAreListedAndFilledIn() throws Exception {
		var prompt = servers.prompts("everything").stream().filter(p -> p.name().equals("args-prompt")).findFirst().orElseThrow();
		assertTrue(prompt.required().contains("city"), prompt.toString());
		var text = servers.getPrompt("everything", "args-prompt", Map.of("city", "Lisbon"));
		assertTrue(text.contains("[user]") && text.contains("Lisbon"), text);

		var viaTool = Calls.call(registry.find("mcp_get_prompt").orElseThrow(),
				"{\"server\": \"everything\", \"name\": \"args-prompt\", \"arguments\": {\"city\": \"Porto\"}}");
		assertTrue(viaTool.output().contains("Porto"), viaTool.output());
	}

	@Test
	void anUnknownServerIsNamedInTheError() throws Exception {
		var result = Calls.call(registry.find("mcp_list_prompts").orElseThrow(), "{\"server\": \"nowhere\"}");
		assertTrue(result.isError());
		assertEquals("No MCP server is named 'nowhere'. Configured: everything.", result.output());
	}

	@Test
	void manyToolsAreLoadedOnDemand() throws Exception {
		var context = FrameworkUtil.getBundle(EverythingServerTest.class).getBundleContext();
		var provider = new dev.piassistant.tools.mcp.internal.McpToolProviderAccess(servers, context, 3);
		var offered = provider.names();
		assertTrue(offered.contains("mcp_find_tools") && offered.contains("mcp_call"), offered.toString());
		assertFalse(offered.contains("everything__echo"), "the servers' own tools stay out of the context: " + offered);

		var found = Calls.call(provider.tool("mcp_find_tools"), "{\"query\": \"echo\"}");
		assertTrue(found.output().startsWith("everything__echo: "), found.output());
		assertTrue(found.output().contains("\"message\""), "with its parameters: " + found.output());
		var called = Calls.call(provider.tool("mcp_call"), "{\"tool\": \"everything__echo\", \"arguments\": {\"message\": \"on demand\"}}");
		assertTrue(called.output().contains("on demand"), called.output());
	}
}
