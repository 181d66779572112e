package dev.piassistant.planning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolRegistry;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.testing.OsgiServices;

/**
 * The registry's two lists: every tool for the agent, and Pi's own for serving to other agents, which never asks a
 * provider that relays other servers (asking an MCP client for its tools starts its servers).
 */
class ToolRegistryTest {

	@Test
	void ownToolsLeaveOutRelaysWithoutAskingThem() {
		var registry = OsgiServices.await(ToolRegistry.class, Duration.ofSeconds(30));
		var asked = new AtomicInteger();
		var context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		var own = context.registerService(ToolProvider.class, () -> List.of(tool("own_tool_of_test")), null);
		var relay = context.registerService(ToolProvider.class, new ToolProvider() {
			@Override
			public List<Tool> tools() {
				asked.incrementAndGet();
				return List.of(tool("relayed__tool_of_test"));
			}

			@Override
			public boolean relaysOtherServers() {
				return true;
			}
		}, null);
		try {
			var served = registry.ownTools().stream().map(Tool::name).toList();
			assertTrue(served.contains("own_tool_of_test"), served.toString());
			assertFalse(served.contains("relayed__tool_of_test"), served.toString());
			assertEquals(0, asked.get(), "the relay was not asked");

			var all = registry.tools().stream().map(Tool::name).toList();
			assertTrue(all.containsAll(List.of("own_tool_of_test", "relayed__tool_of_test")), all.toString());
			assertEquals(1, asked.get(), "the agent's list asks it");
		} finally {
			own.unregister();
			relay.unregister();
		}
	}

	private static Tool tool(String name) {
		return new Tool(name, "A tool of the test", Schema.object().build(), Risk.READ, invocation -> ToolResult.ok("done"));
	}
}
