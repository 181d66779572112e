package dev.piassistant.tools.mcp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.modelcontextprotocol.spec.McpSchema;

import dev.piassistant.core.mcp.McpException;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.tools.mcp.internal.client.Connection;
import dev.piassistant.tools.mcp.internal.client.Requests;
import dev.piassistant.tools.mcp.internal.client.ResultText;

/**
 * A server's tools as the agent's tools: named after the server, described as coming from it, and of risk class
 * {@link Risk#EXECUTE}, so that the permission policy asks before each call unless the user granted it: a tool's
 * own hints (read-only, say) are the server's claim, not something Pi can check.
 */
public final class ServerTools {

	static final ObjectMapper JSON = new ObjectMapper();

	private final int resultLimit;

	public ServerTools(int resultLimit) {
		this.resultLimit = resultLimit;
	}

	public List<Tool> of(Connection connection) {
		var tools = new ArrayList<Tool>();
		for (var tool : connection.tools()) {
			tools.add(tool(connection, tool));
		}
		return tools;
	}

	private Tool tool(Connection connection, McpSchema.Tool tool) {
		var name = ToolNames.of(connection.config().name(), tool.name());
		var description = "[MCP server " + connection.config().name() + "] "
				+ (tool.description() == null || tool.description().isBlank() ? tool.name() : tool.description());
		return new Tool(name, description, schema(tool), Risk.EXECUTE, call -> call(connection, tool.name(), call.arguments(), call));
	}

	/** The tool's input schema as the model boundary takes it: always an object schema. */
	static ObjectNode schema(McpSchema.Tool tool) {
		var schema = tool.inputSchema() == null ? JSON.createObjectNode() : (ObjectNode) JSON.valueToTree(tool.inputSchema());
		if (!schema.has("type")) {
			schema.put("type", "object");
		}
		if (!schema.has("properties")) {
			schema.putObject("properties");
		}
		return schema;
	}

	/** Calls a server's tool by its own name and returns what the model reads, capped. */
	ToolResult call(Connection connection, String tool, JsonNode arguments, ToolInvocation invocation) {
		@SuppressWarnings("unchecked")
		Map<String, Object> values = arguments.isObject() ? JSON.convertValue(arguments, Map.class) : Map.of();
		invocation.context().progress("MCP server " + connection.config().name() + ": " + tool);
		try {
			var result = Requests.run(connection, client -> client.callTool(new McpSchema.CallToolRequest(tool, values)),
					"running its tool '" + tool + "'", invocation.context()::onCancel);
			var text = ResultText.of(result, resultLimit);
			return Boolean.TRUE.equals(result.isError()) ? ToolResult.error(text) : ToolResult.ok(text);
		} catch (McpException e) {
			return ToolResult.error(e.getMessage());
		}
	}
}
