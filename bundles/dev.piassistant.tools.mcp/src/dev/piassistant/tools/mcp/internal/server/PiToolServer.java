package dev.piassistant.tools.mcp.internal.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.eclipse.jdt.annotation.Nullable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;

import dev.piassistant.core.audit.AuditTrail;
import dev.piassistant.core.mcp.McpToolServer;
import dev.piassistant.core.tool.PermissionPolicy;
import dev.piassistant.core.tool.ToolRegistry;
import dev.piassistant.tools.mcp.internal.client.Sdk;

/**
 * Pi's tools served over MCP through the official SDK. The tools Pi itself reaches over MCP are not served
 * again (a client would meet its own servers twice).
 */
@Component(service = McpToolServer.class)
public final class PiToolServer implements McpToolServer {

	private final ToolRegistry registry;
	private final PermissionPolicy policy;
	private volatile @Nullable AuditTrail audit;

	@Activate
	public PiToolServer(@Reference ToolRegistry registry, @Reference(policyOption = ReferencePolicyOption.GREEDY) PermissionPolicy policy) {
		this.registry = registry;
		this.policy = policy;
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	void setAudit(AuditTrail trail) {
		audit = trail;
	}

	void unsetAudit(AuditTrail trail) {
		if (audit == trail) {
			audit = null;
		}
	}

	private @Nullable AuditTrail audit() {
		return audit;
	}

	@Override
	public void serveStdio(InputStream in, OutputStream out, Options options) throws InterruptedException {
		var ended = new CountDownLatch(1);
		var transport = new StdioServerTransportProvider(Sdk.MAPPER, new EndWatch(in, ended), out);
		var gate = new Gate(policy, this::audit, options, Channel.STDIO);
		var server = McpServer.sync(transport).serverInfo("pi-assistant", "0.1.0").jsonMapper(Sdk.MAPPER)
				.jsonSchemaValidator(Sdk.validator()).validateToolInputs(true)
				.capabilities(McpSchema.ServerCapabilities.builder().tools(false).build()).tools(specifications(gate)).build();
		try {
			ended.await();
		} finally {
			server.closeGracefully();
		}
	}

	List<McpServerFeatures.SyncToolSpecification> specifications(Gate gate) {
		return ServedTools.of(registry.ownTools()).stream().map(tool -> McpServerFeatures.SyncToolSpecification.builder()
				.tool(ServedTools.definition(tool))
				.callHandler((exchange, request) -> ServedTools.call(gate, tool, request)).build()).toList();
	}

	@Override
	public HttpServing serveHttp(int port, String token, Options options) throws IOException {
		return HttpServingImpl.start(port, token, registry, new Gate(policy, this::audit, options, Channel.HTTP));
	}

	/** Counts down when the client closes its end: the serving ends then. */
	private static final class EndWatch extends FilterInputStream {

		private final CountDownLatch ended;

		EndWatch(InputStream in, CountDownLatch ended) {
			super(in);
			this.ended = ended;
		}

		@Override
		public int read() throws IOException {
			return ended(super.read());
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			try {
				return ended(super.read(buffer, offset, length));
			} catch (IOException e) {
				ended.countDown();
				throw e;
			}
		}

		private int ended(int read) {
			if (read < 0) {
				ended.countDown();
			}
			return read;
		}
	}
}
