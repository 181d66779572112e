package dev.piassistant.tools.mcp.internal.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the configured servers: a project's {@code .mcp.json} first, then the user's {@code mcp.json} in the
 * Pi Assistant home, then those plug-ins contribute. The first to name a server wins, so a project can replace
 * a user's server of the same name.
 */
public final class ServerSources {

	/** The user's file, in the Pi Assistant home. */
	public static final String USER_FILE = "mcp.json";
	/** A project's file, at its root. */
	public static final String PROJECT_FILE = ".mcp.json";

	private final McpJson reader;

	public ServerSources(Map<String, String> environment) {
		this.reader = new McpJson(environment);
	}

	/**
	 * @param projectRoots the folders whose {@code .mcp.json} counts, in order
	 * @param userHome     the Pi Assistant home
	 * @param contributed  servers plug-ins contribute
	 */
	public McpJson.Result gather(List<Path> projectRoots, Path userHome, List<ServerConfig> contributed) {
		var byName = new LinkedHashMap<String, ServerConfig>();
		var problems = new ArrayList<String>();
		for (var root : projectRoots) {
			add(readFile(root.resolve(PROJECT_FILE)), byName, problems);
		}
		add(readFile(userHome.resolve(USER_FILE)), byName, problems);
		add(new McpJson.Result(contributed, List.of()), byName, problems);
		return new McpJson.Result(List.copyOf(byName.values()), problems);
	}

	private McpJson.Result readFile(Path file) {
		if (!Files.isRegularFile(file)) {
			return new McpJson.Result(List.of(), List.of());
		}
		try {
			return reader.read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
		} catch (IOException e) {
			return new McpJson.Result(List.of(), List.of(file + ": cannot be read (" + e.getMessage() + ")"));
		}
	}

	private static void add(McpJson.Result result, Map<String, ServerConfig> byName, List<String> problems) {
		problems.addAll(result.problems());
		result.servers().forEach(server -> byName.putIfAbsent(server.name(), server));
	}
}
