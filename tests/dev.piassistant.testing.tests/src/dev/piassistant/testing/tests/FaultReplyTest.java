package dev.piassistant.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

@Timeout(30)
class FaultReplyTest {

	private static final Duration WAIT = Duration.ofSeconds(5);

	private final ScriptedModelServer server = ScriptedModelServer.start();

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void aMalformedStreamSendsGoodChunksThenJsonThatBreaksOff() throws Exception {
		server.enqueue(Reply.malformedStream("Hel", "lo"));
		var response = Http.post(server, "/v1/chat/completions", Http.CHAT_BODY);

		assertEquals(200, response.statusCode(), "the body ends normally: the fault is in the JSON");
		var events = SseEvent.parseAll(response.body());
		assertEquals(3, events.size(), events.toString());
		assertEquals("Hel", events.get(0).json().at("/choices/0/delta/content").asText());
		assertEquals("lo", events.get(1).json().at("/choices/0/delta/content").asText());
		assertThrows(IOException.class, () -> events.get(2).json());
	}

	@Test
	void aTruncatedStreamDeliversItsChunksThenFailsTheReadWithoutAnEnding() throws Exception {
		server.enqueue(Reply.truncatedStream("Hel", "lo"));
		var seen = new ArrayList<String>();
		try (var lines = new StreamLines(Http.postForStream(server, "/v1/chat/completions", Http.CHAT_BODY).body())) {
			assertThrows(IOException.class, () -> {
				for (var line = lines.next(); line != null; line = lines.next()) {
					seen.add(line.text());
				}
			});
		}
		assertEquals(2, seen.size(), seen.toString());
		assertTrue(seen.get(1).contains("\"content\":\"lo\""), seen.get(1));
		assertFalse(String.join("\n", seen).contains("finish_reason\":\"stop"));
		var request = server.takeRequest(WAIT);
		assertTrue(request.exchange().replyCompleted());
		assertFalse(request.clientDisconnected(), "the server cut the stream, the client did not hang up");
	}

	@Test
	void aDroppedConnectionAnswersNothing() throws Exception {
		server.enqueue(Reply.dropConnection());

		assertThrows(IOException.class, () -> Http.post(server, "/v1/chat/completions", Http.CHAT_BODY));
		assertEquals(Http.CHAT_BODY, server.takeRequest(WAIT).body(), "the request was read before the drop");
	}

	@Test
	void jsonAnswersCanBeCutShortOrBroken() throws Exception {
		server.enqueue(Reply.openAiJson("a long enough answer").truncated(), Reply.anthropicJson("answer").malformed());

		assertThrows(IOException.class, () -> Http.post(server, "/v1/chat/completions", Http.CHAT_BODY));
		var broken = Http.post(server, "/v1/messages", Http.CHAT_BODY);
		assertEquals(200, broken.statusCode());
		assertThrows(IOException.class, () -> Http.json(broken.body()));
	}
}
