package dev.piassistant.tools.mcp.internal.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.piassistant.core.mcp.McpException;
import dev.piassistant.core.mcp.McpServerEntry;

/**
 * Edits the user's {@code mcp.json} as the MCP Servers page asks. Only the edited server's entry changes: other
 * servers, other top-level keys and an entry's fields Pi does not edit ({@code timeoutSeconds}, {@code cwd}) are
 * kept. A file that is not valid JSON is never overwritten; the user is told to fix it first.
 */
public final class UserServers {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Path file;

	public UserServers(Path file) {
		this.file = file;
	}

	public List<McpServerEntry> read() throws McpException {
		var servers = new ArrayList<McpServerEntry>();
		serversNode(load()).fields().forEachRemaining(field -> {
			try {
				servers.add(entry(field.getKey(), field.getValue()));
			} catch (IllegalArgumentException e) {
				// Neither a command nor a URL: the MCP Servers page lists it with that problem; nothing to edit.
			}
		});
		return servers;
	}

	public void save(String replacing, McpServerEntry server) throws McpException {
		var root = load();
		var servers = serversNode(root);
		if (!server.name().equals(replacing) && servers.has(server.name())) {
			throw new McpException("A server named '" + server.name() + "' is already in " + file + ". Pick another name.");
		}
		var previous = replacing.isEmpty() ? null : servers.get(replacing);
		var node = previous instanceof ObjectNode kept ? kept.deepCopy() : JSON.createObjectNode();
		fill(node, server);
		var reordered = JSON.createObjectNode();
		servers.fields().forEachRemaining(field -> {
			if (field.getKey().equals(replacing)) {
				reordered.set(server.name(), node);
			} else {
				reordered.set(field.getKey(), field.getValue());
			}
		});
		if (!reordered.has(server.name())) {
			reordered.set(server.name(), node);
		}
		root.set("mcpServers", reordered);
		write(root);
	}

	public void remove(String name) throws McpException {
		var root = load();
		if (serversNode(root).remove(name) == null) {
			throw new McpException("No server named '" + name + "' is in " + file + ".");
		}
		write(root);
	}

	private ObjectNode load() throws McpException {
		if (!Files.isRegularFile(file)) {
			var root = JSON.createObjectNode();
			root.putObject("mcpServers");
			return root;
		}
		try {
			var tree = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
			if (tree instanceof ObjectNode root && (root.get("mcpServers") == null || root.get("mcpServers").isObject())) {
				return root;
			}
			throw new McpException(file + " is not an object with \"mcpServers\": fix or remove it, then try again.");
		} catch (JsonProcessingException e) {
			throw new McpException(file + " is not valid JSON (" + e.getOriginalMessage() + ", line "
					+ e.getLocation().getLineNr() + "): fix it, then try again. It was left as it is.");
		} catch (IOException e) {
			throw new McpException(file + " cannot be read: " + e.getMessage());
		}
	}

	private static ObjectNode serversNode(ObjectNode root) {
		return root.get("mcpServers") instanceof ObjectNode servers ? servers : root.putObject("mcpServers");
	}

	private static McpServerEntry entry(String name, JsonNode node) {
		var args = new ArrayList<String>();
		node.path("args").forEach(arg -> args.add(arg.asText()));
		return new McpServerEntry(name, node.path("command").asText(""), args, strings(node.path("env")),
				node.path("command").asText("").isEmpty() ? node.path("url").asText("") : "", strings(node.path("headers")),
				node.path("disabled").asBoolean(false));
	}

	private static Map<String, String> strings(JsonNode node) {
		var values = new LinkedHashMap<String, String>();
		if (node.isObject()) {
			node.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
		}
		return values;
	}

	private static void fill(ObjectNode node, McpServerEntry server) {
		node.remove(List.of("type", "command", "args", "env", "url", "headers", "disabled"));
		if (server.isHttp()) {
			node.put("type", "http");
			node.put("url", server.url());
			putStrings(node, "headers", server.headers());
		} else {
			node.put("command", server.command());
			if (!server.args().isEmpty()) {
				var args = node.putArray("args");
				server.args().forEach(args::add);
			}
			putStrings(node, "env", server.env());
		}
		if (server.disabled()) {
			node.put("disabled", true);
		}
	}

	private static void putStrings(ObjectNode node, String field, Map<String, String> values) {
		if (!values.isEmpty()) {
			var object = node.putObject(field);
			values.forEach(object::put);
		}
	}

	/** Writes beside the file and moves it into place, so a crash never leaves half a file. */
	private void write(ObjectNode root) throws McpException {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			var temporary = file.resolveSibling(file.getFileName() + ".tmp");
			Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n",
					StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new McpException(file + " cannot be written: " + e.getMessage());
		}
	}
}
