package dev.piassistant.tools.mcp.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.tools.mcp.internal.client.ResultText;

/**
 * The servers' tools for the agent. Up to {@link #TOOLS_IN_CONTEXT} tools in all are offered one by one; beyond
 * that only {@code mcp_find_tools} and {@code mcp_call} are, so that many servers do not fill the context. The
 * provider registers again when the servers' tools change, as the registry expects.
 */
final class McpToolProvider implements ToolProvider {

	/** The most MCP tools offered one by one (system property {@code piassistant.mcp.toolsInContext}). */
	static final int TOOLS_IN_CONTEXT = Integer.getInteger("piassistant.mcp.toolsInContext", 40);
	/** The most characters of a result the model reads (system property {@code piassistant.mcp.resultChars}). */
	static final int RESULT_CHARS = Integer.getInteger("piassistant.mcp.resultChars", ResultText.DEFAULT_LIMIT);

	private final McpClientComponent servers;
	private final BundleContext context;
	private final int toolsInContext;
	private final ServerTools serverTools = new ServerTools(RESULT_CHARS);
	private @Nullable ServiceRegistration<ToolProvider> registration;
	private volatile List<String> offered = List.of();

	McpToolProvider(McpClientComponent servers, BundleContext context, int toolsInContext) {
		this.servers = servers;
		this.context = context;
		this.toolsInContext = toolsInContext;
	}

	@Override
	public List<Tool> tools() {
		if (!servers.anyConfigured()) {
			offered = List.of();
			return List.of();
		}
		var running = servers.startAll();
		var gateway = new GatewayTools(servers, servers::running, serverTools);
		var perServer = new ArrayList<Tool>();
		running.forEach(connection -> perServer.addAll(serverTools.of(connection)));
		var tools = new ArrayList<Tool>(perServer.size() > toolsInContext ? gateway.onDemand() : perServer);
		tools.addAll(gateway.resourcesAndPrompts());
		offered = names();
		return tools;
	}

	@Override
	public boolean relaysOtherServers() {
		return true;
	}

	/** The names of the servers' tools now, to tell whether what was offered is out of date. */
	private List<String> names() {
		var names = new ArrayList<String>();
		for (var connection : servers.running()) {
			connection.tools().forEach(tool -> names.add(ToolNames.of(connection.config().name(), tool.name())));
		}
		return names;
	}

	synchronized void register() {
		registration = context.registerService(ToolProvider.class, this, null);
	}

	synchronized void unregister() {
		var current = registration;
		registration = null;
		if (current != null) {
			try {
				current.unregister();
			} catch (IllegalStateException e) {
				// Already gone with the bundle.
			}
		}
	}

	/** A server's state changed: offer its tools anew if they are not what was offered. */
	void changed() {
		servers.scheduler().execute(() -> {
			if (!names().equals(offered)) {
				registerAgain();
			}
		});
	}

	/** Tells the registry the tools changed, as it expects: by registering again. */
	synchronized void registerAgain() {
		if (registration != null) {
			unregister();
			register();
		}
	}
}
