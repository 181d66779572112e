package dev.piassistant.core.mcp;

import java.util.List;
import java.util.Objects;

/**
 * What Pi knows of one configured MCP server now.
 *
 * @param name      the server's name, which prefixes its tools' names
 * @param source    where it is configured: the user's file, a project's {@code .mcp.json}, or a plug-in
 * @param transport how it is reached: the command line, or the URL
 * @param status    whether it runs
 * @param tools     the names of its tools as the agent sees them
 * @param problem   why it is not running or last failed; empty when it is well
 * @param log       its last lines of output (standard error, log notifications), oldest first
 */
public record McpServerState(String name, String source, String transport, Status status, List<String> tools, String problem,
		List<String> log) {

	/** Where a server is in its life. */
	public enum Status {
		/** Not started yet: servers start when the agent first needs their tools. */
		STOPPED,
		STARTING,
		RUNNING,
		/** It stopped unexpectedly and is started again after a pause. */
		RESTARTING,
		/** It could not be started, or stopped too often; the problem says why. */
		FAILED
	}

	public McpServerState {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(transport, "transport");
		Objects.requireNonNull(status, "status");
		tools = List.copyOf(tools);
		Objects.requireNonNull(problem, "problem");
		log = List.copyOf(log);
	}
}
