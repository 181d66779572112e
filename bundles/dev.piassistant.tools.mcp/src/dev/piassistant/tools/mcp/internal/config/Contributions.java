package dev.piassistant.tools.mcp.internal.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/**
 * Servers other plug-ins contribute through the extension point {@value #POINT}: a {@code server} element with a
 * {@code name} and a {@code command} (with {@code arg} and {@code env} children) or a {@code url}.
 */
public final class Contributions {

	public static final String POINT = "dev.piassistant.tools.mcp.servers";

	private Contributions() {
	}

	public static List<ServerConfig> read(IExtensionRegistry registry, List<String> problems) {
		var servers = new ArrayList<ServerConfig>();
		for (var element : registry.getConfigurationElementsFor(POINT)) {
			var plugin = element.getContributor().getName();
			try {
				servers.add(server(element, "plug-in " + plugin));
			} catch (IllegalArgumentException e) {
				problems.add("plug-in " + plugin + ": " + e.getMessage());
			}
		}
		return servers;
	}

	private static ServerConfig server(IConfigurationElement element, String source) {
		var name = element.getAttribute("name");
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a server needs a name");
		}
		var seconds = element.getAttribute("timeoutSeconds");
		var timeout = seconds == null ? ServerConfig.DEFAULT_TIMEOUT : Duration.ofSeconds(Long.parseLong(seconds.strip()));
		var url = element.getAttribute("url");
		if (url != null && !url.isBlank()) {
			return new ServerConfig(name, new ServerConfig.Http(url, java.util.Map.of()), timeout, source);
		}
		var command = element.getAttribute("command");
		if (command == null || command.isBlank()) {
			throw new IllegalArgumentException("server \"" + name + "\" needs a command or a url");
		}
		var args = new ArrayList<String>();
		for (var arg : element.getChildren("arg")) {
			args.add(arg.getAttribute("value"));
		}
		var env = new LinkedHashMap<String, String>();
		for (var variable : element.getChildren("env")) {
			env.put(variable.getAttribute("name"), variable.getAttribute("value"));
		}
		return new ServerConfig(name, new ServerConfig.Stdio(command, args, env, null), timeout, source);
	}
}
