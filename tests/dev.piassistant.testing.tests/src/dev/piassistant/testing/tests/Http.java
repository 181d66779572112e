package dev.piassistant.testing.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.testing.ScriptedModelServer;

/**
 * The JDK client the product's LangChain4j HTTP layer is built on, with its defaults: it asks for HTTP/2
 * (an h2c upgrade on plain http), which the server must ignore.
 */
final class Http {

	static final String CHAT_BODY = "{\"model\":\"qwen\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

	private static final HttpClient CLIENT = HttpClient.newHttpClient();
	private static final ObjectMapper MAPPER = new ObjectMapper();

	private Http() {
	}

	static HttpResponse<String> post(ScriptedModelServer server, String path, String json)
			throws IOException, InterruptedException {
		return send(postRequest(server, path, json), BodyHandlers.ofString());
	}

	/** Headers first, body as it arrives: for tests that watch timing or hang up mid-stream. */
	static HttpResponse<InputStream> postForStream(ScriptedModelServer server, String path, String json)
			throws IOException, InterruptedException {
		return send(postRequest(server, path, json), BodyHandlers.ofInputStream());
	}

	static HttpResponse<String> get(ScriptedModelServer server, String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(10)).build(),
				BodyHandlers.ofString());
	}

	static <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> handler) throws IOException, InterruptedException {
		return CLIENT.send(request, handler);
	}

	static JsonNode json(String text) throws IOException {
		return MAPPER.readTree(text);
	}

	private static HttpRequest postRequest(ScriptedModelServer server, String path, String json) {
		return HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)).build();
	}
}
