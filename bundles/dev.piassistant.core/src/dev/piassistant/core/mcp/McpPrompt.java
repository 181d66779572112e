package dev.piassistant.core.mcp;

import java.util.List;
import java.util.Objects;

/**
 * A prompt template an MCP server offers.
 *
 * @param arguments its arguments' names; the required ones are listed in {@code required}
 */
public record McpPrompt(String server, String name, String description, List<String> arguments, List<String> required) {

	public McpPrompt {
		Objects.requireNonNull(server, "server");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(description, "description");
		arguments = List.copyOf(arguments);
		required = List.copyOf(required);
	}
}
