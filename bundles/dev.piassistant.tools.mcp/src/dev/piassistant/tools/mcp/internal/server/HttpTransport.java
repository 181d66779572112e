package dev.piassistant.tools.mcp.internal.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.Nullable;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import reactor.core.publisher.Mono;

import dev.piassistant.tools.mcp.internal.client.Sdk;

/**
 * MCP's streamable HTTP transport in its stateless form, on the JDK's own HTTP server: every POST carries one
 * JSON-RPC message and gets its answer as one JSON body (no session, no server-sent stream: Pi's tools neither
 * notify nor ask the client anything). Listens on the loopback interface only; a request without the bearer token
 * is answered 401 before anything reads it.
 */
final class HttpTransport implements McpStatelessServerTransport {

	static final String PATH = "/mcp";
	private static final int LARGEST_BODY = 4 * 1024 * 1024;
	private static final Duration LONGEST_CALL = Duration.ofMinutes(10);

	private final HttpServer server;
	private final ExecutorService workers;
	private final BearerCheck bearer;
	private final Runnable beforeListing;
	private volatile @Nullable McpStatelessServerHandler handler;

	HttpTransport(int port, String token, Runnable beforeListing) throws IOException {
		this.bearer = new BearerCheck(token);
		this.beforeListing = beforeListing;
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		var count = new AtomicInteger();
		workers = Executors.newFixedThreadPool(4, runnable -> {
			var thread = new Thread(runnable, "Pi MCP over HTTP " + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		server.setExecutor(workers);
		server.createContext(PATH, this::exchange);
	}

	void start() {
		server.start();
	}

	int port() {
		return server.getAddress().getPort();
	}

	@Override
	public void setMcpHandler(McpStatelessServerHandler handler) {
		this.handler = handler;
	}

	@Override
	public Mono<Void> closeGracefully() {
		return Mono.fromRunnable(this::close);
	}

	@Override
	public void close() {
		server.stop(2);
		workers.shutdownNow();
	}

	private void exchange(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!bearer.admits(exchange.getRequestHeaders().getFirst("Authorization"))) {
				exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"pi-assistant\"");
				send(exchange, 401, "{\"error\": \"This MCP server needs 'Authorization: Bearer <token>' with the token Pi shows "
						+ "in Preferences > Pi Assistant > MCP Servers > Serving over MCP.\"}");
			} else if (!"POST".equals(exchange.getRequestMethod())) {
				exchange.getResponseHeaders().add("Allow", "POST");
				send(exchange, 405, "");
			} else {
				post(exchange);
			}
		}
	}

	private void post(HttpExchange exchange) throws IOException {
		var body = exchange.getRequestBody().readNBytes(LARGEST_BODY + 1);
		if (body.length > LARGEST_BODY) {
			send(exchange, 413, "");
			return;
		}
		McpSchema.JSONRPCMessage message;
		try {
			message = McpSchema.deserializeJsonRpcMessage(Sdk.MAPPER, new String(body, StandardCharsets.UTF_8));
		} catch (IOException | IllegalArgumentException e) {
			send(exchange, 400, Sdk.json(McpSchema.JSONRPCResponse.error(null,
					new McpSchema.JSONRPCResponse.JSONRPCError(McpSchema.ErrorCodes.PARSE_ERROR, "Not a JSON-RPC message: " + e.getMessage()))));
			return;
		}
		var current = handler;
		if (current == null) {
			send(exchange, 503, "");
		} else if (message instanceof McpSchema.JSONRPCRequest request) {
			send(exchange, 200, Sdk.json(answer(current, request)));
		} else if (message instanceof McpSchema.JSONRPCNotification notification) {
			current.handleNotification(context(), notification).block(LONGEST_CALL);
			send(exchange, 202, "");
		} else {
			// A client's answer to a request of ours: the stateless server makes none.
			send(exchange, 202, "");
		}
	}

	private McpSchema.JSONRPCResponse answer(McpStatelessServerHandler current, McpSchema.JSONRPCRequest request) {
		if (McpSchema.METHOD_TOOLS_LIST.equals(request.method())) {
			beforeListing.run();
		}
		try {
			return current.handleRequest(context(), request).block(LONGEST_CALL);
		} catch (RuntimeException e) {
			return McpSchema.JSONRPCResponse.error(request.id(),
					new McpSchema.JSONRPCResponse.JSONRPCError(McpSchema.ErrorCodes.INTERNAL_ERROR, String.valueOf(e.getMessage())));
		}
	}

	private static McpTransportContext context() {
		return McpTransportContext.create(Map.of());
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		var bytes = body.getBytes(StandardCharsets.UTF_8);
		if (!body.isEmpty()) {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
		}
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
	}
}
