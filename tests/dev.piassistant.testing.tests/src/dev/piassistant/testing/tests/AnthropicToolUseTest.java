package dev.piassistant.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

/** Anthropic's wire for tool use and thinking: content blocks of type tool_use and thinking. */
@Timeout(30)
class AnthropicToolUseTest {

	private static final String ARGUMENTS = "{\"query\":\"record\",\"limit\":5}";

	private final ScriptedModelServer server = ScriptedModelServer.start();

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void toolUseBlocksFollowTheTextWithTheirInputInPieces() throws Exception {
		server.enqueue(Reply.anthropicStream("Searching.").toolCall("toolu_1", "search", ARGUMENTS).argumentChunks(6)
				.toolCall("toolu_2", "list", "{}"));
		var events = SseEvent.parseAll(post());

		assertEquals(List.of("message_start", "content_block_start", "ping", "content_block_delta", "content_block_stop",
				"content_block_start", "content_block_delta", "content_block_delta", "content_block_delta",
				"content_block_delta", "content_block_delta", "content_block_stop", "content_block_start",
				"content_block_delta", "content_block_stop", "message_delta", "message_stop"),
				events.stream().map(SseEvent::event).toList());
		var start = events.get(5).json();
		assertEquals(1, start.path("index").asInt(), "the text is block 0");
		assertEquals("tool_use", start.at("/content_block/type").asText());
		assertEquals("toolu_1", start.at("/content_block/id").asText());
		assertEquals("search", start.at("/content_block/name").asText());
		assertEquals(0, start.at("/content_block/input").size(), "input starts empty and comes in deltas");
		var input = new StringBuilder();
		for (var event : events.subList(6, 11)) {
			assertEquals("input_json_delta", event.json().at("/delta/type").asText());
			assertEquals(1, event.json().path("index").asInt());
			input.append(event.json().at("/delta/partial_json").asText());
		}
		assertEquals(ARGUMENTS, input.toString());
		assertEquals(2, events.get(12).json().path("index").asInt());
		assertEquals("tool_use", events.get(15).json().at("/delta/stop_reason").asText());
	}

	@Test
	void thinkingIsAFirstBlockOfThinkingDeltasWithASignature() throws Exception {
		server.enqueue(Reply.anthropicStream("Answer").thinking("First ", "this."));
		var events = SseEvent.parseAll(post());

		assertEquals("thinking", events.get(1).json().at("/content_block/type").asText());
		assertEquals("ping", events.get(2).event());
		assertEquals("thinking_delta", events.get(3).json().at("/delta/type").asText());
		assertEquals("First ", events.get(3).json().at("/delta/thinking").asText());
		assertEquals("this.", events.get(4).json().at("/delta/thinking").asText());
		assertEquals("signature_delta", events.get(5).json().at("/delta/type").asText());
		assertEquals("content_block_stop", events.get(6).event());
		assertEquals(1, events.get(7).json().path("index").asInt());
		assertEquals("text", events.get(7).json().at("/content_block/type").asText());
		assertEquals("end_turn", events.get(10).json().at("/delta/stop_reason").asText());
	}

	@Test
	void theJsonMessageHasThinkingTextAndToolUseBlocks() throws Exception {
		server.enqueue(Reply.anthropicJson("Sure.").thinking("why").toolCall("toolu_7", "run", "{\"n\":3,\"on\":true}"));
		var body = Http.json(Http.post(server, "/v1/messages", Http.CHAT_BODY).body());

		assertEquals(List.of("thinking", "text", "tool_use"), List.of(body.at("/content/0/type").asText(),
				body.at("/content/1/type").asText(), body.at("/content/2/type").asText()));
		assertEquals("why", body.at("/content/0/thinking").asText());
		assertEquals("toolu_7", body.at("/content/2/id").asText());
		assertTrue(body.at("/content/2/input/n").isInt(), "input is an object with typed values");
		assertTrue(body.at("/content/2/input/on").asBoolean());
		assertEquals("tool_use", body.path("stop_reason").asText());
	}

	@Test
	void aStreamCanBeCutHalfwayThroughTheInput() throws Exception {
		server.enqueue(Reply.anthropicStream().toolCall("toolu_1", "search", ARGUMENTS).argumentChunks(1).truncatedInToolCall());
		var seen = new ArrayList<String>();
		try (var lines = new StreamLines(Http.postForStream(server, "/v1/messages", Http.CHAT_BODY).body())) {
			assertThrows(IOException.class, () -> {
				for (var line = lines.next(); line != null; line = lines.next()) {
					seen.add(line.text());
				}
			});
		}
		var input = new StringBuilder();
		for (var line : seen) {
			if (line.startsWith("data: ")) {
				input.append(Http.json(line.substring("data: ".length())).at("/delta/partial_json").asText());
			}
		}
		assertEquals(ARGUMENTS.substring(0, ARGUMENTS.length() / 2), input.toString());
		assertFalse(String.join("\n", seen).contains("content_block_stop"), "the block never closes");
	}

	private String post() throws Exception {
		return Http.post(server, "/v1/messages", Http.CHAT_BODY).body();
	}
}
