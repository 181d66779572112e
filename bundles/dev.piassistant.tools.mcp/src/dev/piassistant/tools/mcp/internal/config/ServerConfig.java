package dev.piassistant.tools.mcp.internal.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

/**
 * One configured MCP server.
 *
 * @param name      its name, which prefixes its tools' names
 * @param transport how it is reached
 * @param timeout   how long a request may wait for its answer
 * @param source    where it is configured, for the user to find it
 */
public record ServerConfig(String name, Transport transport, Duration timeout, String source) {

	/** A request waits this long unless the configuration says otherwise. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

	public ServerConfig {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(transport, "transport");
		Objects.requireNonNull(timeout, "timeout");
		Objects.requireNonNull(source, "source");
	}

	/** How a server is reached. */
	public sealed interface Transport {
		/** A line for the user: the command, or the URL. */
		String describe();
	}

	/** A process started by Pi, spoken to on its standard input and output. */
	public record Stdio(String command, List<String> args, Map<String, String> env, @Nullable String cwd) implements Transport {
		public Stdio {
			Objects.requireNonNull(command, "command");
			args = List.copyOf(args);
			env = Map.copyOf(env);
		}

		@Override
		public String describe() {
			return args.isEmpty() ? command : command + " " + String.join(" ", args);
		}
	}

	/** A server reached over streamable HTTP. */
	public record Http(String url, Map<String, String> headers) implements Transport {
		public Http {
			Objects.requireNonNull(url, "url");
			headers = Map.copyOf(headers);
		}

		@Override
		public String describe() {
			return url;
		}
	}
}
