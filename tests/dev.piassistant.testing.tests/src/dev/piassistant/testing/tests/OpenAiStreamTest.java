package dev.piassistant.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

@Timeout(30)
class OpenAiStreamTest {

	private final ScriptedModelServer server = ScriptedModelServer.start();

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void contentChunksComeFirstAndOnlyTheFirstNamesTheRole() throws Exception {
		server.enqueue(Reply.openAiStream("Hel", "lo"));
		var response = Http.post(server, "/v1/chat/completions", Http.CHAT_BODY);

		assertEquals(200, response.statusCode());
		assertEquals("text/event-stream", response.headers().firstValue("content-type").orElse(""));
		var events = SseEvent.parseAll(response.body());
		var first = events.get(0).json();
		assertEquals("chat.completion.chunk", first.path("object").asText());
		assertEquals("qwen", first.path("model").asText(), "the requested model is echoed");
		assertEquals("assistant", first.at("/choices/0/delta/role").asText());
		assertEquals("Hel", first.at("/choices/0/delta/content").asText());
		assertTrue(first.at("/choices/0/finish_reason").isNull());
		var second = events.get(1).json();
		assertFalse(second.at("/choices/0/delta").has("role"));
		assertEquals("lo", second.at("/choices/0/delta/content").asText());
	}

	@Test
	void theStreamEndsWithFinishReasonUsageAndDone() throws Exception {
		server.enqueue(Reply.openAiStream("Hel", "lo"));
		var events = SseEvent.parseAll(Http.post(server, "/v1/chat/completions", Http.CHAT_BODY).body());

		assertEquals(5, events.size(), events.toString());
		var finish = events.get(2).json();
		assertEquals(0, finish.at("/choices/0/delta").size(), "the finish chunk has an empty delta");
		assertEquals("stop", finish.at("/choices/0/finish_reason").asText());
		var usage = events.get(3).json();
		assertEquals(0, usage.path("choices").size());
		assertEquals(List.of(10, 2, 12), List.of(usage.at("/usage/prompt_tokens").asInt(),
				usage.at("/usage/completion_tokens").asInt(), usage.at("/usage/total_tokens").asInt()));
		assertEquals("[DONE]", events.get(4).data());
	}

	@Test
	void optionsSetModelFinishReasonAndUsage() throws Exception {
		server.enqueue(Reply.openAiStream("x").model("gpt-test").finishReason("length").usage(100, 7));
		var events = SseEvent.parseAll(Http.post(server, "/chat/completions", Http.CHAT_BODY).body());

		assertEquals("gpt-test", events.get(0).json().path("model").asText());
		assertEquals("length", events.get(1).json().at("/choices/0/finish_reason").asText());
		assertEquals(107, events.get(2).json().at("/usage/total_tokens").asInt());
	}
}
