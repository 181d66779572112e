package dev.piassistant.ui.internal.preferences;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.mcp.McpServerState;

/** What the MCP Servers page shows of one server below its table: how it is reached, its problem, tools and log. */
final class McpServerDetails {

	/** The log lines shown; the server keeps more. */
	static final int LOG_LINES = 30;

	private McpServerDetails() {
	}

	static String of(McpServerState server) {
		var text = new StringBuilder();
		text.append(NLS.bind(Messages.McpPage_transport, server.transport())).append('\n');
		text.append(NLS.bind(Messages.McpPage_source, server.source())).append('\n');
		if (!server.problem().isEmpty()) {
			text.append(NLS.bind(Messages.McpPage_problem, server.problem())).append('\n');
		}
		text.append('\n').append(server.tools().isEmpty() ? Messages.McpPage_noTools
				: NLS.bind(Messages.McpPage_tools, String.join(", ", server.tools()))).append('\n');
		List<String> log = server.log();
		if (!log.isEmpty()) {
			text.append('\n').append(Messages.McpPage_log).append('\n');
			log.stream().skip(Math.max(0, log.size() - LOG_LINES)).forEach(line -> text.append(line).append('\n'));
		}
		return text.toString();
	}

	static String status(McpServerState server) {
		return switch (server.status()) {
			case STOPPED -> Messages.McpPage_stopped;
			case STARTING -> Messages.McpPage_starting;
			case RUNNING -> Messages.McpPage_running;
			case RESTARTING -> Messages.McpPage_restarting;
			case FAILED -> Messages.McpPage_failed;
		};
	}
}
