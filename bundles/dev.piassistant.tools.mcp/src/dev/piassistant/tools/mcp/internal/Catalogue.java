package dev.piassistant.tools.mcp.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema;

import dev.piassistant.core.mcp.McpException;
import dev.piassistant.core.mcp.McpPrompt;
import dev.piassistant.core.mcp.McpResource;
import dev.piassistant.tools.mcp.internal.client.Connection;
import dev.piassistant.tools.mcp.internal.client.Requests;
import dev.piassistant.tools.mcp.internal.client.ResultText;

/** A server's resources and prompts: listed (every page) and read. */
final class Catalogue {

	private final Connection connection;

	Catalogue(Connection connection) {
		this.connection = connection;
	}

	List<McpResource> resources() throws McpException {
		var server = connection.config().name();
		var all = new ArrayList<McpResource>();
		String cursor = null;
		do {
			var from = cursor;
			var page = Requests.run(connection, client -> client.listResources(from), "listing its resources", cancel -> { });
			page.resources().forEach(resource -> all.add(new McpResource(server, resource.uri(), text(resource.name()),
					text(resource.description()), text(resource.mimeType()))));
			cursor = page.nextCursor();
		} while (cursor != null && !cursor.isEmpty());
		return all;
	}

	String read(String uri) throws McpException {
		var result = Requests.run(connection, client -> client.readResource(new McpSchema.ReadResourceRequest(uri)),
				"reading the resource " + uri, cancel -> { });
		return ResultText.of(result, McpToolProvider.RESULT_CHARS);
	}

	List<McpPrompt> prompts() throws McpException {
		var server = connection.config().name();
		var all = new ArrayList<McpPrompt>();
		String cursor = null;
		do {
			var from = cursor;
			var page = Requests.run(connection, client -> client.listPrompts(from), "listing its prompts", cancel -> { });
			for (var prompt : page.prompts()) {
				var arguments = prompt.arguments() == null ? List.<McpSchema.PromptArgument>of() : prompt.arguments();
				all.add(new McpPrompt(server, prompt.name(), text(prompt.description()),
						arguments.stream().map(McpSchema.PromptArgument::name).toList(),
						arguments.stream().filter(argument -> Boolean.TRUE.equals(argument.required())).map(McpSchema.PromptArgument::name)
								.toList()));
			}
			cursor = page.nextCursor();
		} while (cursor != null && !cursor.isEmpty());
		return all;
	}

	String prompt(String name, Map<String, String> arguments) throws McpException {
		Map<String, Object> values = new LinkedHashMap<>(arguments);
		var result = Requests.run(connection, client -> client.getPrompt(new McpSchema.GetPromptRequest(name, values)),
				"getting its prompt '" + name + "'", cancel -> { });
		return ResultText.of(result, McpToolProvider.RESULT_CHARS);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
