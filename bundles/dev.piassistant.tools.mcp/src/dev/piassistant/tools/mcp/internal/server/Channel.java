package dev.piassistant.tools.mcp.internal.server;

import java.util.Locale;

import dev.piassistant.core.tool.Risk;

/** How Pi's tools are served, which says how a user allows the calls nobody can approve over MCP. */
enum Channel {

	STDIO {
		@Override
		String howToAllow(Risk risk) {
			return "Start 'pi mcp' with --allow " + risk.name().toLowerCase(Locale.ROOT)
					+ " (or --yes) to allow such calls, or grant them in the project profile.";
		}
	},
	HTTP {
		@Override
		String howToAllow(Risk risk) {
			return "Allow them in the IDE under Preferences > Pi Assistant > MCP Servers > Serving over MCP, grant such calls in "
					+ "the project profile (.pi-assistant.toml at the workspace's root), or ask Pi's own agent in the IDE, where "
					+ "you can approve them.";
		}
	};

	/** The sentence that ends a refusal: what the user can do to let such a call run. */
	abstract String howToAllow(Risk risk);

	/** Who granted a call the options let through without asking, for the audit trail. */
	String grantedBy() {
		return this == STDIO ? "pi mcp --yes" : "MCP server options";
	}
}
