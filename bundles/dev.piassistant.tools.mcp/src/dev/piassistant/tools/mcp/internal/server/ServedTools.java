package dev.piassistant.tools.mcp.internal.server;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.modelcontextprotocol.spec.McpSchema;

import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.tools.mcp.internal.client.Sdk;

/** Pi's tools as MCP sees them, whichever transport serves them. */
final class ServedTools {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ServedTools() {
	}

	/**
	 * The tools served: Pi's own (the registry's {@code ownTools()}, which does not start the MCP servers Pi is a
	 * client of), and of those none that reaches another server (a client would meet its own servers twice).
	 */
	static List<Tool> of(List<Tool> tools) {
		return tools.stream().filter(tool -> !tool.name().contains("__") && !tool.name().startsWith("mcp_")).toList();
	}

	static McpSchema.Tool definition(Tool tool) {
		return McpSchema.Tool.builder().name(tool.name()).description(tool.spec().description())
				.inputSchema(Sdk.MAPPER, tool.spec().parameters().toString()).build();
	}

	/** Runs a client's call through the gate. */
	static McpSchema.CallToolResult call(Gate gate, Tool tool, McpSchema.CallToolRequest request) {
		var arguments = request.arguments() == null ? Map.of() : request.arguments();
		return result(gate.call(tool, JSON.valueToTree(arguments)));
	}

	private static McpSchema.CallToolResult result(ToolResult result) {
		return McpSchema.CallToolResult.builder().addTextContent(result.output()).isError(result.isError()).build();
	}
}
