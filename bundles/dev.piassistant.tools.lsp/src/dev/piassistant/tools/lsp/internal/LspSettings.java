package dev.piassistant.tools.lsp.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Which language servers serve which files, from the defaults and the {@code languageServers} section of
 * {@code settings.json} in the Pi home:
 * <pre>{"languageServers": {"folders": ["/opt/node/bin"],
 *   "servers": {"python": {"command": ["pylsp"], "extensions": {"py": "python"}}}}}</pre>
 * A server named like a default replaces it; {@code folders} are searched for commands before the PATH.
 *
 * @param problem why the settings file could not be used, or "" when it could
 */
public record LspSettings(List<ServerSpec> servers, List<Path> folders, String problem) {

	public static final String FILE = "settings.json";
	private static final ObjectMapper JSON = new ObjectMapper();

	public LspSettings {
		servers = List.copyOf(servers);
		folders = List.copyOf(folders);
	}

	public static LspSettings read(Path piHome) {
		var file = piHome.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return new LspSettings(ServerSpec.defaults(), List.of(), "");
		}
		try {
			return of(JSON.readTree(file.toFile()).path("languageServers"), "");
		} catch (IOException e) {
			return new LspSettings(ServerSpec.defaults(), List.of(), file + " could not be read (" + e.getMessage()
					+ "); the default language servers are used");
		}
	}

	static LspSettings of(JsonNode section, String problem) {
		var byName = new LinkedHashMap<String, ServerSpec>();
		ServerSpec.defaults().forEach(spec -> byName.put(spec.name(), spec));
		section.path("servers").fields().forEachRemaining(entry -> {
			var command = new ArrayList<String>();
			entry.getValue().path("command").forEach(part -> command.add(part.asText()));
			var languages = new LinkedHashMap<String, String>();
			entry.getValue().path("extensions").fields().forEachRemaining(ext -> languages.put(ext.getKey(), ext.getValue().asText()));
			var old = byName.get(entry.getKey());
			if (!command.isEmpty()) {
				byName.put(entry.getKey(), new ServerSpec(entry.getKey(), command,
						languages.isEmpty() && old != null ? old.languages() : languages, old == null ? "" : old.install()));
			}
		});
		var folders = new ArrayList<Path>();
		section.path("folders").forEach(folder -> folders.add(Path.of(expandHome(folder.asText()))));
		return new LspSettings(List.copyOf(byName.values()), folders, problem);
	}

	private static String expandHome(String folder) {
		return folder.startsWith("~/") ? System.getProperty("user.home") + folder.substring(1) : folder;
	}

	/** The server for a file, by its extension. */
	public Optional<ServerSpec> forFile(Path file) {
		var extension = extension(file);
		return servers.stream().filter(spec -> spec.languages().containsKey(extension)).findFirst();
	}

	public static String extension(Path file) {
		var name = file.getFileName().toString();
		var dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
	}

	/** Every extension served, for messages. */
	public List<String> extensions() {
		return servers.stream().flatMap(spec -> spec.languages().keySet().stream()).sorted().toList();
	}
}
