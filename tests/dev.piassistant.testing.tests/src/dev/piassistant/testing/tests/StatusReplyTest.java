package dev.piassistant.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

@Timeout(30)
class StatusReplyTest {

	private final ScriptedModelServer server = ScriptedModelServer.start();

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void aStatusReplyCarriesItsCodeHeadersAndBody() throws Exception {
		server.enqueue(Reply.status(503, "{\"error\":\"busy\"}").header("Retry-After", "7").header("X-Request-Id", "r1"));
		var response = Http.post(server, "/v1/chat/completions", Http.CHAT_BODY);

		assertEquals(503, response.statusCode());
		assertEquals("7", response.headers().firstValue("retry-after").orElse(""));
		assertEquals("r1", response.headers().firstValue("x-request-id").orElse(""));
		assertEquals("application/json", response.headers().firstValue("content-type").orElse(""));
		assertEquals("{\"error\":\"busy\"}", response.body());
	}

	@Test
	void rateLimitedLooksLikeOpenAisThrottling() throws Exception {
		server.enqueue(Reply.rateLimited(2));
		var response = Http.post(server, "/v1/chat/completions", Http.CHAT_BODY);

		assertEquals(429, response.statusCode());
		assertEquals("2", response.headers().firstValue("retry-after").orElse(""));
		var error = Http.json(response.body()).path("error");
		assertEquals("rate_limit_exceeded", error.path("code").asText());
		assertTrue(error.path("message").asText().contains("Rate limit"));
	}

	@Test
	void providerErrorBodiesHaveEachProvidersShape() throws Exception {
		server.enqueue(Reply.unauthorized(), Reply.anthropicError(529, "overloaded_error", "Overloaded"),
				Reply.ollamaError(404, "model 'x' not found"));

		var openAi = Http.post(server, "/v1/chat/completions", Http.CHAT_BODY);
		assertEquals(401, openAi.statusCode());
		assertEquals("invalid_api_key", Http.json(openAi.body()).at("/error/code").asText());
		var anthropic = Http.post(server, "/v1/messages", Http.CHAT_BODY);
		assertEquals(529, anthropic.statusCode());
		assertEquals("error", Http.json(anthropic.body()).path("type").asText());
		assertEquals("overloaded_error", Http.json(anthropic.body()).at("/error/type").asText());
		var ollama = Http.post(server, "/api/chat", Http.CHAT_BODY);
		assertEquals("model 'x' not found", Http.json(ollama.body()).path("error").asText());
	}

	@Test
	void anEmptyQueueAnswers500AndSaysSo() throws Exception {
		var response = Http.post(server, "/v1/chat/completions", Http.CHAT_BODY);

		assertEquals(500, response.statusCode());
		String message = Http.json(response.body()).at("/error/message").asText();
		assertTrue(message.contains("no scripted reply") && message.contains("/v1/chat/completions"), message);
	}

	@Test
	void unknownPathsAndWrongMethodsAnswer404WithoutTakingAReply() throws Exception {
		server.enqueue(Reply.openAiJson("kept"));

		assertEquals(404, Http.post(server, "/v1/completions", Http.CHAT_BODY).statusCode());
		assertEquals(404, Http.get(server, "/v1/chat/completions").statusCode());
		assertEquals(1, server.pendingReplies());
	}
}
