package dev.piassistant.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

@Timeout(30)
class JsonReplyTest {

	private final ScriptedModelServer server = ScriptedModelServer.start();

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void openAiAnswersWithAChatCompletionObject() throws Exception {
		server.enqueue(Reply.openAiJson("Hello").usage(5, 1));
		var response = Http.post(server, "/v1/chat/completions", "{\"model\":\"qwen\"}");

		assertEquals("application/json", response.headers().firstValue("content-type").orElse(""));
		assertTrue(response.headers().firstValue("content-length").isPresent(), "fixed bodies have a length");
		var body = Http.json(response.body());
		assertEquals("chat.completion", body.path("object").asText());
		assertEquals("Hello", body.at("/choices/0/message/content").asText());
		assertEquals("stop", body.at("/choices/0/finish_reason").asText());
		assertEquals(6, body.at("/usage/total_tokens").asInt());
	}

	@Test
	void anthropicAnswersWithAMessageObject() throws Exception {
		server.enqueue(Reply.anthropicJson("Hello").model("claude-test"));
		var body = Http.json(Http.post(server, "/v1/messages", "{\"model\":\"qwen\"}").body());

		assertEquals("message", body.path("type").asText());
		assertEquals("claude-test", body.path("model").asText());
		assertEquals("Hello", body.at("/content/0/text").asText());
		assertEquals("end_turn", body.path("stop_reason").asText());
		assertEquals(1, body.at("/usage/output_tokens").asInt());
	}

	@Test
	void ollamaAnswersWithOneDoneObject() throws Exception {
		server.enqueue(Reply.ollamaJson("Hello"));
		var body = Http.json(Http.post(server, "/api/chat", "{\"model\":\"llama\",\"stream\":false}").body());

		assertTrue(body.path("done").asBoolean());
		assertEquals("llama", body.path("model").asText());
		assertEquals("Hello", body.at("/message/content").asText());
		assertEquals(10, body.path("prompt_eval_count").asInt());
	}
}
