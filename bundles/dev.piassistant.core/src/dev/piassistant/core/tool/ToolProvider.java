package dev.piassistant.core.tool;

import java.util.List;

/**
 * Contributes tools. Register implementations as OSGi services; the {@link ToolRegistry} picks them up as
 * they come and drops their tools when they go.
 */
public interface ToolProvider {

	/**
	 * The tools on offer. The registry asks once and keeps the answer until a provider comes or goes; a provider
	 * whose tools change registers again.
	 */
	List<Tool> tools();

	/**
	 * Whether the tools are other servers' that this provider relays (an MCP client's), rather than Pi's own. Pi's
	 * own tools are what it serves to other agents; asking a relay for its tools may start its servers.
	 */
	default boolean relaysOtherServers() {
		return false;
	}
}
