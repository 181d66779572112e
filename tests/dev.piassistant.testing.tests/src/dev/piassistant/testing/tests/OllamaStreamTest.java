package dev.piassistant.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

@Timeout(30)
class OllamaStreamTest {

	private final ScriptedModelServer server = ScriptedModelServer.start();

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void oneJsonObjectPerLineThenTheDoneLineWithCounts() throws Exception {
		server.enqueue(Reply.ollamaStream("Hel", "lo").usage(20, 2));
		var response = Http.post(server, "/api/chat", Http.CHAT_BODY);

		assertEquals("application/x-ndjson", response.headers().firstValue("content-type").orElse(""));
		assertTrue(response.body().endsWith("}\n"), "every line, the last included, ends with a newline");
		var lines = response.body().lines().toList();
		assertEquals(3, lines.size(), response.body());
		var first = Http.json(lines.get(0));
		assertEquals("qwen", first.path("model").asText());
		Instant.parse(first.path("created_at").asText());
		assertEquals("assistant", first.at("/message/role").asText());
		assertEquals("Hel", first.at("/message/content").asText());
		assertFalse(first.path("done").asBoolean(true));
		assertEquals("lo", Http.json(lines.get(1)).at("/message/content").asText());
		var done = Http.json(lines.get(2));
		assertTrue(done.path("done").asBoolean());
		assertEquals("", done.at("/message/content").asText());
		assertEquals("stop", done.path("done_reason").asText());
		assertEquals(20, done.path("prompt_eval_count").asInt());
		assertEquals(2, done.path("eval_count").asInt());
	}
}
