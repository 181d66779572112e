package dev.piassistant.core.mcp;

import java.util.Objects;

/** A resource an MCP server offers: its URI, name, description and MIME type (empty when not given). */
public record McpResource(String server, String uri, String name, String description, String mimeType) {

	public McpResource {
		Objects.requireNonNull(server, "server");
		Objects.requireNonNull(uri, "uri");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(mimeType, "mimeType");
	}
}
