package dev.piassistant.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

@Timeout(30)
class AnthropicStreamTest {

	private final ScriptedModelServer server = ScriptedModelServer.start();

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void eventsComeInTheMessagesApiOrderAndEachDataNamesItsEvent() throws Exception {
		server.enqueue(Reply.anthropicStream("Hel", "lo"));
		var response = Http.post(server, "/v1/messages", Http.CHAT_BODY);

		assertEquals("text/event-stream", response.headers().firstValue("content-type").orElse(""));
		var events = SseEvent.parseAll(response.body());
		assertEquals(List.of("message_start", "content_block_start", "ping", "content_block_delta", "content_block_delta",
				"content_block_stop", "message_delta", "message_stop"), events.stream().map(SseEvent::event).toList());
		for (var event : events) {
			assertEquals(event.event(), event.json().path("type").asText());
		}
	}

	@Test
	void textUsageAndStopReasonSitWhereClientsReadThem() throws Exception {
		server.enqueue(Reply.anthropicStream("Hel", "lo").usage(31, 4));
		var events = SseEvent.parseAll(Http.post(server, "/messages", Http.CHAT_BODY).body());

		var start = events.get(0).json().path("message");
		assertTrue(start.path("id").asText().startsWith("msg_"));
		assertEquals("qwen", start.path("model").asText());
		assertEquals(31, start.at("/usage/input_tokens").asInt());
		assertEquals("text", events.get(1).json().at("/content_block/type").asText());
		assertEquals("text_delta", events.get(3).json().at("/delta/type").asText());
		assertEquals("Hel", events.get(3).json().at("/delta/text").asText());
		assertEquals("lo", events.get(4).json().at("/delta/text").asText());
		var delta = events.get(6).json();
		assertEquals("end_turn", delta.at("/delta/stop_reason").asText());
		assertTrue(delta.at("/delta/stop_sequence").isNull());
		assertEquals(4, delta.at("/usage/output_tokens").asInt());
	}
}
