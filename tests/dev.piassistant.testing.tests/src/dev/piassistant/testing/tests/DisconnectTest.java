package dev.piassistant.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Collections;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.piassistant.testing.CompletionReply;
import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

@Timeout(30)
class DisconnectTest {

	private static final Duration WAIT = Duration.ofSeconds(5);

	private final ScriptedModelServer server = ScriptedModelServer.start();

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void aHangUpDuringHoldOpenIsSeenWithinASecond() throws Exception {
		hangUpAfterFirstChunk(Reply.openAiStream("first").holdOpenAfter(Duration.ofSeconds(30)));
	}

	@Test
	void aHangUpBetweenSlowChunksIsSeenWithinASecond() throws Exception {
		String[] thirtyChunks = Collections.nCopies(30, "word ").toArray(String[]::new);
		hangUpAfterFirstChunk(Reply.anthropicStream(thirtyChunks).delay(Duration.ofSeconds(1)));
	}

	@Test
	void aClientThatReadsToTheEndHasNotHungUp() throws Exception {
		server.enqueue(Reply.openAiStream("a", "b"));
		Http.post(server, "/v1/chat/completions", Http.CHAT_BODY);

		var request = server.takeRequest(WAIT);
		assertFalse(request.awaitClientDisconnect(Duration.ofMillis(300)));
		assertTrue(request.exchange().replyCompleted());
	}

	@Test
	void theServerKeepsServingAfterAClientVanished() throws Exception {
		hangUpAfterFirstChunk(Reply.openAiStream("first").holdOpenAfter(Duration.ofSeconds(30)));
		server.enqueue(Reply.openAiJson("next"));

		assertEquals(200, Http.post(server, "/v1/chat/completions", Http.CHAT_BODY).statusCode());
	}

	@Test
	void closeEndsLiveStreamsAndRefusesNewConnections() throws Exception {
		server.enqueue(Reply.openAiStream("first").holdOpenAfter(Duration.ofSeconds(30)));
		var lines = new StreamLines(Http.postForStream(server, "/v1/chat/completions", Http.CHAT_BODY).body());
		lines.next();
		var request = server.takeRequest(WAIT);

		server.close();
		assertTimeoutPreemptively(WAIT, () -> assertThrows(IOException.class, lines::rest));
		assertFalse(request.clientDisconnected(), "the server closed, not the client");
		assertThrows(IOException.class, () -> new Socket("127.0.0.1", server.port()).close());
	}

	private void hangUpAfterFirstChunk(CompletionReply reply) throws Exception {
		server.enqueue(reply);
		var lines = new StreamLines(Http.postForStream(server, "/v1/chat/completions", Http.CHAT_BODY).body());
		var request = server.takeRequest(WAIT);
		String firstChunk = "\"" + reply.chunks().get(0) + "\"";
		for (var line = lines.next(); !line.text().contains(firstChunk); line = lines.next()) {
			// opening events (Anthropic) come before the first text
		}
		assertFalse(request.clientDisconnected(), "still reading, so still connected");
		lines.close();
		assertTrue(request.awaitClientDisconnect(Duration.ofSeconds(1)), "hang-up not seen");
		assertFalse(request.exchange().replyCompleted());
	}
}
