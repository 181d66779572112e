package dev.piassistant.tools.jdt.internal;

import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.testing.ToolCalls;

/** Calls the tools that Declarative Services registered, as the agent would, in the workspace folder. */
final class Calls {

	private Calls() {
	}

	/** Runs a tool with arguments given as JSON text. */
	static ToolResult call(String name, String arguments) throws Exception {
		return ToolCalls.call(ToolCalls.registered(name), JavaWorkspace.folder(), arguments);
	}
}
