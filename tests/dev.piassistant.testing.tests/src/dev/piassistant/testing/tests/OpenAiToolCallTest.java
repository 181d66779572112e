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

import com.fasterxml.jackson.databind.JsonNode;

import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

/** OpenAI's wire for tool calls and reasoning: {@code delta.tool_calls} in pieces, {@code delta.reasoning_content}. */
@Timeout(30)
class OpenAiToolCallTest {

	private static final String ARGUMENTS = "{\"path\":\"src/Main.java\",\"line\":12}";

	private final ScriptedModelServer server = ScriptedModelServer.start();

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void aToolCallOpensWithItsIdAndNameThenStreamsItsArgumentsInPieces() throws Exception {
		server.enqueue(Reply.openAiStream("Let me look.").toolCall("call_a1", "read_file", ARGUMENTS).argumentChunks(5));
		var deltas = deltas(post());

		assertEquals("assistant", deltas.get(0).path("role").asText(), "the first delta names the role");
		assertEquals("Let me look.", deltas.get(0).path("content").asText());
		var opening = deltas.get(1).at("/tool_calls/0");
		assertEquals(0, opening.path("index").asInt());
		assertEquals("call_a1", opening.path("id").asText());
		assertEquals("function", opening.path("type").asText());
		assertEquals("read_file", opening.at("/function/name").asText());
		assertEquals("", opening.at("/function/arguments").asText());
		var pieces = deltas.subList(2, deltas.size()).stream().map(delta -> delta.at("/tool_calls/0")).toList();
		assertEquals((ARGUMENTS.length() + 4) / 5, pieces.size());
		for (var piece : pieces) {
			assertFalse(piece.has("id"), "only the opening piece carries the id");
			assertTrue(piece.at("/function/arguments").asText().length() <= 5);
		}
		assertEquals(ARGUMENTS, pieces.stream().map(piece -> piece.at("/function/arguments").asText()).reduce("", String::concat));
	}

	@Test
	void toolCallsFinishWithToolCallsAndOneCharacterPiecesAreScriptable() throws Exception {
		server.enqueue(Reply.openAiStream().toolCall("call_1", "list", "{\"a\":1}").argumentChunks(1));
		var events = SseEvent.parseAll(post());

		assertEquals("assistant", events.get(0).json().at("/choices/0/delta/role").asText(), "the call's opening names the role");
		assertEquals(1 + "{\"a\":1}".length() + 3, events.size(), "opening, one event per character, finish, usage, [DONE]");
		assertEquals("tool_calls", events.get(events.size() - 3).json().at("/choices/0/finish_reason").asText());
	}

	@Test
	void parallelCallsComeOneAfterTheOtherUnlessInterleaved() throws Exception {
		var calls = Reply.openAiStream().toolCall("call_1", "a", "{\"x\":\"0123456789\"}").toolCall("call_2", "b", "{\"y\":\"abcdefghij\"}")
				.argumentChunks(4);
		server.enqueue(calls, calls.interleaved());

		var sequential = indices(deltas(post()));
		assertEquals(sequential.stream().sorted().toList(), sequential, "all of call 0, then call 1: " + sequential);
		var interleaved = indices(deltas(post()));
		assertEquals(List.of(0, 1, 0, 1), interleaved.subList(0, 4), "the calls alternate: " + interleaved);
		assertEquals(sequential.size(), interleaved.size());
	}

	@Test
	void reasoningStreamsAsReasoningContentBeforeTheText() throws Exception {
		server.enqueue(Reply.openAiStream("42").thinking("Six times ", "seven."));
		var deltas = deltas(post());

		assertEquals("assistant", deltas.get(0).path("role").asText());
		assertEquals("Six times ", deltas.get(0).path("reasoning_content").asText());
		assertEquals("seven.", deltas.get(1).path("reasoning_content").asText());
		assertFalse(deltas.get(1).has("content"));
		assertEquals("42", deltas.get(2).path("content").asText());
	}

	@Test
	void theJsonAnswerCarriesToolCallsReasoningAndNullContent() throws Exception {
		server.enqueue(Reply.openAiJson("").thinking("hmm").toolCall("call_9", "run", "{\"n\":3}"));
		var body = Http.json(Http.post(server, "/v1/chat/completions", Http.CHAT_BODY).body());

		var message = body.at("/choices/0/message");
		assertTrue(message.path("content").isNull(), "no text: content is null beside tool calls");
		assertEquals("hmm", message.path("reasoning_content").asText());
		assertEquals("call_9", message.at("/tool_calls/0/id").asText());
		assertEquals("run", message.at("/tool_calls/0/function/name").asText());
		assertEquals("{\"n\":3}", message.at("/tool_calls/0/function/arguments").asText(), "arguments are JSON text");
		assertEquals("tool_calls", body.at("/choices/0/finish_reason").asText());
	}

	@Test
	void aStreamCanBeCutHalfwayThroughTheArguments() throws Exception {
		server.enqueue(Reply.openAiStream().toolCall("call_1", "write", ARGUMENTS).argumentChunks(1).truncatedInToolCall());
		var seen = new ArrayList<String>();
		try (var lines = new StreamLines(Http.postForStream(server, "/v1/chat/completions", Http.CHAT_BODY).body())) {
			assertThrows(IOException.class, () -> {
				for (var line = lines.next(); line != null; line = lines.next()) {
					seen.add(line.text());
				}
			});
		}
		var arguments = new StringBuilder();
		for (var line : seen) {
			arguments.append(Http.json(line.substring("data: ".length())).at("/choices/0/delta/tool_calls/0/function/arguments").asText());
		}
		assertEquals(ARGUMENTS.substring(0, ARGUMENTS.length() / 2), arguments.toString(), "half the arguments, then the cut");
		assertFalse(String.join("", seen).contains("finish_reason\":\"tool_calls"));
		assertTrue(server.takeRequest(java.time.Duration.ofSeconds(5)).exchange().replyCompleted());
	}

	private String post() throws Exception {
		return Http.post(server, "/v1/chat/completions", Http.CHAT_BODY).body();
	}

	/** The deltas of the content events (those before the finish event). */
	private static List<JsonNode> deltas(String body) throws IOException {
		var deltas = new ArrayList<JsonNode>();
		for (var event : SseEvent.parseAll(body)) {
			if (event.data().equals("[DONE]")) {
				continue;
			}
			var choice = event.json().at("/choices/0");
			if (!choice.isMissingNode() && choice.path("finish_reason").isNull()) {
				deltas.add(choice.path("delta"));
			}
		}
		return deltas;
	}

	private static List<Integer> indices(List<JsonNode> deltas) {
		return deltas.stream().map(delta -> delta.at("/tool_calls/0/index").asInt()).toList();
	}
}
