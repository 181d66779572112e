package dev.piassistant.core.mcp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A server as the user wrote it in their own {@code mcp.json}: {@code ${VAR}}s are kept as written, not filled in.
 * Exactly one of {@code command} (a program Pi starts) and {@code url} (a streamable HTTP server) is given.
 * Variables and headers keep the order they were given in.
 *
 * @param args     the program's arguments, for a command
 * @param env      variables added to the program's environment, for a command
 * @param headers  HTTP headers sent with each request, for a URL
 * @param disabled kept in the file but not started
 */
public record McpServerEntry(String name, String command, List<String> args, Map<String, String> env, String url,
		Map<String, String> headers, boolean disabled) {

	public McpServerEntry {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(command, "command");
		args = List.copyOf(args);
		env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
		Objects.requireNonNull(url, "url");
		headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
		if (name.isBlank()) {
			throw new IllegalArgumentException("A server needs a name.");
		}
		if (command.isBlank() == url.isBlank()) {
			throw new IllegalArgumentException("A server needs either a command or a URL, not both.");
		}
	}

	public static McpServerEntry command(String name, String command, List<String> args, Map<String, String> env) {
		return new McpServerEntry(name, command, args, env, "", Map.of(), false);
	}

	public static McpServerEntry http(String name, String url, Map<String, String> headers) {
		return new McpServerEntry(name, "", List.of(), Map.of(), url, headers, false);
	}

	public boolean isHttp() {
		return !url.isBlank();
	}
}
