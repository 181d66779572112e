package dev.piassistant.tools.mcp.internal;

import java.util.List;

import org.osgi.framework.BundleContext;

import dev.piassistant.core.mcp.McpServers;
import dev.piassistant.core.tool.Tool;

/** The tool provider of the running MCP service with a threshold of the test's choosing. */
public final class McpToolProviderAccess {

	private final List<Tool> tools;

	public McpToolProviderAccess(McpServers servers, BundleContext context, int toolsInContext) {
		tools = new McpToolProvider((McpClientComponent) servers, context, toolsInContext).tools();
	}

	public List<String> names() {
		return tools.stream().map(Tool::name).toList();
	}

	public Tool tool(String name) {
		return tools.stream().filter(tool -> tool.name().equals(name)).findFirst().orElseThrow();
	}
}
