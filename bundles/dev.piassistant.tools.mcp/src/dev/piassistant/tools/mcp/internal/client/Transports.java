package dev.piassistant.tools.mcp.internal.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;

import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.spec.McpClientTransport;

import dev.piassistant.tools.mcp.internal.config.ServerConfig;

/** The SDK transport for a configured server; a stdio server's standard error goes to its log. */
final class Transports {

	/** The longest line (one JSON-RPC message) read from a stdio server: big results are capped later, not refused. */
	static final int LONGEST_MESSAGE = 64 * 1024 * 1024;

	private Transports() {
	}

	static McpClientTransport of(ServerConfig config, LogLines log) {
		if (config.transport() instanceof ServerConfig.Stdio stdio) {
			var parameters = ServerParameters.builder(stdio.command()).args(stdio.args()).env(stdio.env()).build();
			var transport = new StdioClientTransport(parameters, new LineGuard(Sdk.MAPPER, log), LONGEST_MESSAGE);
			transport.setStdErrorHandler(log::add);
			return transport;
		}
		var http = (ServerConfig.Http) config.transport();
		var uri = URI.create(http.url());
		var base = uri.getScheme() + "://" + uri.getRawAuthority();
		var endpoint = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		var request = HttpRequest.newBuilder();
		http.headers().forEach(request::header);
		return HttpClientStreamableHttpTransport.builder(base).endpoint(endpoint)
				.clientBuilder(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))).requestBuilder(request).build();
	}
}
