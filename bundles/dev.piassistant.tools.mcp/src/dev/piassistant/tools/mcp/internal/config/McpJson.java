package dev.piassistant.tools.mcp.internal.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the {@code .mcp.json} format other agents share:
 * <pre>
 * {"mcpServers": {
 *   "files": {"command": "npx", "args": ["-y", "server"], "env": {"KEY": "${KEY}"}},
 *   "remote": {"type": "http", "url": "https://example.com/mcp", "headers": {"Authorization": "Bearer ${TOKEN}"}}}}
 * </pre>
 * Pi also reads {@code "timeoutSeconds"} (how long a request may wait) and {@code "disabled": true}. A server
 * entry that is wrong is left out with a problem that says why; the others are kept.
 */
public final class McpJson {

	/** The servers read and what was wrong with the others. */
	public record Result(List<ServerConfig> servers, List<String> problems) {
		public Result {
			servers = List.copyOf(servers);
			problems = List.copyOf(problems);
		}
	}

	private final Variables variables;

	public McpJson(Map<String, String> environment) {
		this.variables = new Variables(environment);
	}

	public Result read(String text, String source) {
		JsonNode root;
		try {
			root = new ObjectMapper().readTree(text);
		} catch (JsonProcessingException e) {
			return new Result(List.of(), List.of(source + ": not valid JSON (" + e.getOriginalMessage() + ", line "
					+ e.getLocation().getLineNr() + ")"));
		}
		var servers = root == null ? null : root.get("mcpServers");
		if (servers == null || !servers.isObject()) {
			return new Result(List.of(), List.of(source + ": expected an object \"mcpServers\" naming the servers"));
		}
		var found = new ArrayList<ServerConfig>();
		var problems = new ArrayList<String>();
		servers.fields().forEachRemaining(entry -> {
			try {
				if (!entry.getValue().path("disabled").asBoolean(false)) {
					found.add(server(entry.getKey(), entry.getValue(), source));
				}
			} catch (IllegalArgumentException e) {
				problems.add(source + ": server \"" + entry.getKey() + "\": " + e.getMessage());
			}
		});
		return new Result(found, problems);
	}

	private ServerConfig server(String name, JsonNode node, String source) {
		if (!node.isObject()) {
			throw new IllegalArgumentException("expected an object with \"command\" or \"url\"");
		}
		var timeout = node.has("timeoutSeconds") ? Duration.ofMillis((long) (node.path("timeoutSeconds").asDouble() * 1000))
				: ServerConfig.DEFAULT_TIMEOUT;
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("\"timeoutSeconds\" must be a positive number");
		}
		return new ServerConfig(name, transport(node), timeout, source);
	}

	private ServerConfig.Transport transport(JsonNode node) {
		var type = node.path("type").asText("");
		var url = node.path("url").asText("");
		var command = node.path("command").asText("");
		if (type.equals("sse")) {
			throw new IllegalArgumentException("the SSE transport is not supported; use \"type\": \"http\" (streamable HTTP)");
		}
		if (!url.isEmpty() && command.isEmpty()) {
			if (!type.isEmpty() && !type.equals("http") && !type.equals("streamable-http")) {
				throw new IllegalArgumentException("unknown \"type\": \"" + type + "\" (use \"stdio\" or \"http\")");
			}
			return new ServerConfig.Http(variables.expand(url), strings(node.path("headers"), "headers"));
		}
		if (command.isEmpty()) {
			throw new IllegalArgumentException("needs a \"command\" (a program to start) or a \"url\" (a streamable HTTP server)");
		}
		var args = new ArrayList<String>();
		var given = node.path("args");
		if (!given.isMissingNode() && !given.isArray()) {
			throw new IllegalArgumentException("\"args\" must be an array of strings");
		}
		given.forEach(arg -> args.add(variables.expand(arg.asText())));
		var cwd = node.path("cwd").asText("");
		return new ServerConfig.Stdio(variables.expand(command), args, strings(node.path("env"), "env"),
				cwd.isEmpty() ? null : variables.expand(cwd));
	}

	private Map<String, String> strings(JsonNode node, String field) {
		if (node.isMissingNode() || node.isNull()) {
			return Map.of();
		}
		if (!node.isObject()) {
			throw new IllegalArgumentException("\"" + field + "\" must be an object of strings");
		}
		var values = new LinkedHashMap<String, String>();
		node.fields().forEachRemaining(entry -> values.put(entry.getKey(), variables.expand(entry.getValue().asText())));
		return values;
	}
}
