package dev.piassistant.tools.mcp.internal.server;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.spec.McpSchema;

import dev.piassistant.core.mcp.McpToolServer;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolRegistry;
import dev.piassistant.tools.mcp.internal.client.Sdk;

/**
 * Pi's tools served over HTTP. The IDE's tools come and go with their bundles, so the served list follows the
 * registry: it is brought up to date whenever a client lists the tools.
 */
final class HttpServingImpl implements McpToolServer.HttpServing {

	private final HttpTransport transport;
	private final ToolRegistry registry;
	private final Gate gate;
	private final Set<String> served = new HashSet<>();
	private final McpStatelessSyncServer server;

	private HttpServingImpl(int port, String token, ToolRegistry registry, Gate gate) throws IOException {
		this.registry = registry;
		this.gate = gate;
		this.transport = new HttpTransport(port, token, this::follow);
		this.server = McpServer.sync(transport).serverInfo("pi-assistant", "0.1.0").jsonMapper(Sdk.MAPPER)
				.jsonSchemaValidator(Sdk.validator()).validateToolInputs(true)
				.capabilities(McpSchema.ServerCapabilities.builder().tools(false).build()).build();
	}

	static HttpServingImpl start(int port, String token, ToolRegistry registry, Gate gate) throws IOException {
		var serving = new HttpServingImpl(port, token, registry, gate);
		serving.follow();
		serving.transport.start();
		return serving;
	}

	/** Adds the tools registered since the last listing and removes those gone. */
	private synchronized void follow() {
		var now = ServedTools.of(registry.ownTools());
		var names = new HashSet<String>();
		for (var tool : now) {
			names.add(tool.name());
			if (served.add(tool.name())) {
				server.addTool(specification(tool));
			}
		}
		for (var name : Set.copyOf(served)) {
			if (!names.contains(name)) {
				served.remove(name);
				server.removeTool(name);
			}
		}
	}

	private McpStatelessServerFeatures.SyncToolSpecification specification(Tool tool) {
		return McpStatelessServerFeatures.SyncToolSpecification.builder().tool(ServedTools.definition(tool))
				.callHandler((context, request) -> ServedTools.call(gate, tool, request)).build();
	}

	@Override
	public int port() {
		return transport.port();
	}

	@Override
	public void close() {
		server.close();
		transport.close();
	}
}
