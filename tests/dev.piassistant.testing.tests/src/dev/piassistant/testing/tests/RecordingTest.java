package dev.piassistant.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.piassistant.testing.RecordedRequest;
import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

@Timeout(30)
class RecordingTest {

	private static final Duration WAIT = Duration.ofSeconds(5);

	private final ScriptedModelServer server = ScriptedModelServer.start();

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void takeRequestReturnsWhatTheClientSent() throws Exception {
		server.enqueue(Reply.openAiStream("ok"));
		Http.post(server, "/v1/chat/completions", Http.CHAT_BODY);

		var request = server.takeRequest(WAIT);
		assertEquals("POST", request.method());
		assertEquals("/v1/chat/completions", request.path());
		assertEquals(Http.CHAT_BODY, request.body());
		assertEquals("hi", request.bodyJson().at("/messages/0/content").asText());
		assertEquals("application/json", request.headers().get("content-type"), "names are lower case");
		assertEquals("application/json", request.header("Content-Type"));
	}

	@Test
	void chunkedRequestBodiesAreReassembled() throws Exception {
		byte[] body = "{\"model\":\"ünïcode\"}".getBytes(StandardCharsets.UTF_8);
		server.enqueue(Reply.openAiJson("ok"));
		// A publisher of unknown length makes the JDK client send the body chunked.
		var request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/chat/completions"))
				.POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
		assertEquals(200, Http.send(request, BodyHandlers.ofString()).statusCode());

		var recorded = server.takeRequest(WAIT);
		assertEquals("chunked", recorded.header("transfer-encoding"));
		assertEquals("ünïcode", recorded.bodyJson().path("model").asText());
	}

	@Test
	void everyRequestIsRecordedInOrderListingsAndErrorsIncluded() throws Exception {
		Http.get(server, "/v1/models");
		Http.post(server, "/v1/messages", "{}");
		Http.get(server, "/nowhere");

		assertEquals(List.of("/v1/models", "/v1/messages", "/nowhere"),
				server.requests().stream().map(RecordedRequest::path).toList());
		assertEquals("/v1/models", server.takeRequest(WAIT).path(), "takeRequest starts with the oldest");
	}

	@Test
	void takeRequestFailsLoudlyWhenNothingArrives() {
		var error = assertThrows(AssertionError.class, () -> server.takeRequest(Duration.ofMillis(100)));
		assertTrue(error.getMessage().contains(server.baseUrl()), error.getMessage());
	}
}
