package dev.piassistant.tools.mcp.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import dev.piassistant.core.mcp.McpException;
import dev.piassistant.core.mcp.McpServers;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.tools.mcp.internal.client.Connection;

/**
 * The tools that reach every server: its resources and prompts and, when the servers have more tools than fit
 * the context, a search over their tools and a call of one by name ({@code mcp_find_tools}, {@code mcp_call}),
 * so that their definitions are loaded on demand.
 */
final class GatewayTools {

	static final String FIND = "mcp_find_tools";
	static final String CALL = "mcp_call";
	private static final int MOST_FOUND = 10;

	private final McpServers servers;
	private final Supplier<List<Connection>> running;
	private final ServerTools serverTools;

	GatewayTools(McpServers servers, Supplier<List<Connection>> running, ServerTools serverTools) {
		this.servers = servers;
		this.running = running;
		this.serverTools = serverTools;
	}

	List<Tool> resourcesAndPrompts() {
		var server = "The MCP server's name";
		return List.of(
				new Tool("mcp_list_resources", "List the resources an MCP server offers (URIs to read with mcp_read_resource).",
						Schema.object().string("server", server, true).build(), Risk.READ,
						call -> answer(() -> listResources(call.text("server", "")))),
				new Tool("mcp_read_resource", "Read a resource of an MCP server by its URI.",
						Schema.object().string("server", server, true).string("uri", "The resource's URI", true).build(), Risk.READ,
						call -> answer(() -> servers.readResource(call.text("server", ""), call.text("uri", "")))),
				new Tool("mcp_list_prompts", "List the prompt templates an MCP server offers, with their arguments.",
						Schema.object().string("server", server, true).build(), Risk.READ,
						call -> answer(() -> listPrompts(call.text("server", "")))),
				new Tool("mcp_get_prompt", "Get a prompt template of an MCP server filled in with arguments.",
						Schema.object().string("server", server, true).string("name", "The prompt's name", true)
								.property("arguments", ServerTools.JSON.createObjectNode().put("type", "object")
										.put("description", "The prompt's arguments, by name, as strings"), false).build(),
						Risk.READ, call -> answer(() -> servers.getPrompt(call.text("server", ""), call.text("name", ""), arguments(call)))));
	}

	List<Tool> onDemand() {
		return List.of(
				new Tool(FIND, "Search the tools of the MCP servers by words of their names and descriptions; returns each match's "
						+ "name, description and parameters, for mcp_call. Servers: " + String.join(", ", names()) + ".",
						Schema.object().string("query", "Words to look for; empty lists a server's tools", true)
								.string("server", "Only this server's tools", false).build(),
						Risk.READ, call -> ToolResult.ok(find(call.text("query", ""), call.text("server", "")))),
				new Tool(CALL, "Call a tool of an MCP server found with mcp_find_tools.",
						Schema.object().string("tool", "The tool's name as mcp_find_tools gave it (server__tool)", true)
								.property("arguments", ServerTools.JSON.createObjectNode().put("type", "object")
										.put("description", "The tool's arguments, as its parameters say"), false).build(),
						Risk.EXECUTE, this::callByName));
	}

	private List<String> names() {
		return running.get().stream().map(connection -> connection.config().name()).toList();
	}

	private String find(String query, String server) {
		var words = query.toLowerCase(Locale.ROOT).split("\\s+");
		var found = new StringBuilder();
		var count = 0;
		for (var connection : running.get()) {
			if (!server.isEmpty() && !connection.config().name().equals(server)) {
				continue;
			}
			for (var tool : connection.tools()) {
				var text = (tool.name() + " " + tool.description()).toLowerCase(Locale.ROOT);
				if (count < MOST_FOUND && java.util.Arrays.stream(words).allMatch(text::contains)) {
					count++;
					found.append(ToolNames.of(connection.config().name(), tool.name())).append(": ").append(tool.description())
							.append("\n  parameters: ").append(ServerTools.schema(tool)).append('\n');
				}
			}
		}
		return count == 0 ? "No MCP tool matches '" + query + "'." : found.toString();
	}

	private ToolResult callByName(ToolInvocation call) {
		var name = call.text("tool", "");
		for (var connection : running.get()) {
			for (var tool : connection.tools()) {
				if (ToolNames.of(connection.config().name(), tool.name()).equals(name)) {
					return serverTools.call(connection, tool.name(), call.arguments().path("arguments"), call);
				}
			}
		}
		return ToolResult.error("No MCP tool is named '" + name + "'; find one with " + FIND + ".");
	}

	private String listResources(String server) throws McpException {
		var lines = new StringBuilder();
		for (var resource : servers.resources(server)) {
			lines.append(resource.uri()).append("  ").append(resource.name())
					.append(resource.description().isEmpty() ? "" : " - " + resource.description()).append('\n');
		}
		return lines.isEmpty() ? "The MCP server '" + server + "' offers no resources." : lines.toString();
	}

	private String listPrompts(String server) throws McpException {
		var lines = new StringBuilder();
		for (var prompt : servers.prompts(server)) {
			lines.append(prompt.name()).append('(').append(String.join(", ", prompt.arguments())).append(')')
					.append(prompt.required().isEmpty() ? "" : " required: " + String.join(", ", prompt.required()))
					.append(prompt.description().isEmpty() ? "" : " - " + prompt.description()).append('\n');
		}
		return lines.isEmpty() ? "The MCP server '" + server + "' offers no prompts." : lines.toString();
	}

	private static Map<String, String> arguments(ToolInvocation call) {
		var values = new LinkedHashMap<String, String>();
		call.arguments().path("arguments").fields().forEachRemaining(entry -> values.put(entry.getKey(), entry.getValue().asText()));
		return values;
	}

	@FunctionalInterface
	private interface Text {
		String get() throws McpException;
	}

	private static ToolResult answer(Text text) {
		try {
			return ToolResult.ok(text.get());
		} catch (McpException e) {
			return ToolResult.error(e.getMessage());
		}
	}
}
