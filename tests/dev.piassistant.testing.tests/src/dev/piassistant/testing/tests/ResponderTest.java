package dev.piassistant.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

/** A responder computes replies from requests once the queue is used up. */
@Timeout(30)
class ResponderTest {

	private final ScriptedModelServer server = ScriptedModelServer.start();

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void theQueueComesFirstThenTheResponderAnswersFromEachRequest() throws Exception {
		server.enqueue(Reply.openAiJson("queued"));
		server.respondWith(request -> {
			var messages = request.bodyJson().path("messages");
			return Reply.openAiJson("echo: " + messages.get(messages.size() - 1).path("content").asText());
		});

		assertEquals("queued", answer("first"));
		assertEquals("echo: second", answer("second"));
		assertEquals("echo: third", answer("third"));
		assertEquals(0, server.pendingReplies());
		server.enqueue(Reply.openAiJson("queued again"));
		assertEquals("queued again", answer("fourth"), "replies enqueued later still come first");
	}

	@Test
	void aResponderThatFailsOrAnswersNothingGetsA500ThatSaysSo() throws Exception {
		server.respondWith(request -> {
			throw new IllegalStateException("no plan for this");
		});
		var failed = Http.post(server, "/v1/chat/completions", Http.CHAT_BODY);
		assertEquals(500, failed.statusCode());
		assertTrue(failed.body().contains("no plan for this"), failed.body());

		server.respondWith(request -> null);
		var empty = Http.post(server, "/v1/chat/completions", Http.CHAT_BODY);
		assertEquals(500, empty.statusCode());
		assertTrue(empty.body().contains("no reply"), empty.body());
	}

	@Test
	void removingTheResponderGoesBackToTheClear500() throws Exception {
		server.respondWith(request -> Reply.openAiJson("x")).respondWith(null);
		var response = Http.post(server, "/v1/chat/completions", Http.CHAT_BODY);

		assertEquals(500, response.statusCode());
		assertTrue(response.body().contains("no scripted reply"), response.body());
	}

	private String answer(String question) throws Exception {
		var body = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"" + question + "\"}]}";
		return Http.json(Http.post(server, "/v1/chat/completions", body).body()).at("/choices/0/message/content").asText();
	}
}
