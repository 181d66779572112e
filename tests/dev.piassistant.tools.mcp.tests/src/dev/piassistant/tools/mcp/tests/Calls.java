package dev.piassistant.tools.mcp.tests;

import java.nio.file.Path;

import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.testing.ToolCalls;

/** Calls a tool's handler as the agent does; MCP tools work on their server's side, not in a workspace. */
final class Calls {

	private Calls() {
	}

	static ToolResult call(Tool tool, String argumentsJson) throws Exception {
		return ToolCalls.call(tool, Path.of(System.getProperty("java.io.tmpdir")), argumentsJson);
	}
}
