package dev.piassistant.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

/** Ollama's wire for tool calls and thinking: whole calls with object arguments and no ids, {@code message.thinking}. */
@Timeout(30)
class OllamaToolCallTest {

	private final ScriptedModelServer server = ScriptedModelServer.start();

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void thinkingTextAndToolCallsComeInTheirOwnLinesThenDoneWithStop() throws Exception {
		server.enqueue(Reply.ollamaStream("Checking.").thinking("Hmm.").toolCall("ignored", "read_file", "{\"path\":\"a\",\"line\":3}")
				.toolCall("ignored-too", "list", "{}"));
		var lines = post().lines().toList();

		assertEquals(5, lines.size(), String.join("\n", lines));
		assertEquals("Hmm.", Http.json(lines.get(0)).at("/message/thinking").asText());
		assertEquals("", Http.json(lines.get(0)).at("/message/content").asText());
		assertEquals("Checking.", Http.json(lines.get(1)).at("/message/content").asText());
		var call = Http.json(lines.get(2)).at("/message/tool_calls/0");
		assertEquals("read_file", call.at("/function/name").asText());
		assertTrue(call.at("/function/arguments").isObject(), "arguments are an object, not JSON text");
		assertEquals(3, call.at("/function/arguments/line").asInt());
		assertFalse(call.has("id"), "Ollama sends no ids");
		assertFalse(call.at("/function").has("index"), "index 0 is left out, as Go's omitempty does");
		var second = Http.json(lines.get(3)).at("/message/tool_calls/0/function");
		assertEquals("list", second.path("name").asText());
		assertEquals(1, second.path("index").asInt(), "calls are numbered through the answer");
		var done = Http.json(lines.get(4));
		assertTrue(done.path("done").asBoolean());
		assertEquals("stop", done.path("done_reason").asText(), "Ollama says stop after tool calls too");
	}

	@Test
	void interleavedCallsArriveTogetherInOneLine() throws Exception {
		server.enqueue(Reply.ollamaStream().toolCall("1", "a", "{}").toolCall("2", "b", "{}").interleaved());
		var lines = post().lines().toList();

		assertEquals(2, lines.size());
		var calls = Http.json(lines.get(0)).at("/message/tool_calls");
		assertEquals(2, calls.size());
		assertEquals(1, calls.at("/1/function/index").asInt());
	}

	@Test
	void theJsonAnswerCarriesThinkingAndToolCalls() throws Exception {
		server.enqueue(Reply.ollamaJson("").thinking("so").toolCall("x", "run", "{\"n\":[1,2]}"));
		var body = Http.json(Http.post(server, "/api/chat", Http.CHAT_BODY).body());

		assertEquals("so", body.at("/message/thinking").asText());
		assertEquals(2, body.at("/message/tool_calls/0/function/arguments/n/1").asInt());
		assertEquals("stop", body.path("done_reason").asText());
	}

	@Test
	void aStreamCanBeCutInTheMiddleOfAToolCallLine() throws Exception {
		server.enqueue(Reply.ollamaStream("before").toolCall("x", "run", "{\"command\":\"ls -la\"}").truncatedInToolCall());
		var seen = new ArrayList<String>();
		try (var lines = new StreamLines(Http.postForStream(server, "/api/chat", Http.CHAT_BODY).body())) {
			assertThrows(IOException.class, () -> {
				for (var line = lines.next(); line != null; line = lines.next()) {
					seen.add(line.text());
				}
			});
		}
		assertEquals(1, seen.size(), "only the text line is whole: " + seen);
		assertEquals("before", Http.json(seen.get(0)).at("/message/content").asText());
	}

	private String post() throws Exception {
		return Http.post(server, "/api/chat", Http.CHAT_BODY).body();
	}
}
