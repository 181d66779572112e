package dev.piassistant.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

@Timeout(30)
class StreamPacingTest {

	private final ScriptedModelServer server = ScriptedModelServer.start();

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void chunksArriveOneByOneAtTheScriptedPace() throws Exception {
		server.enqueue(Reply.openAiStream("a", "b", "c", "d").delay(Duration.ofMillis(300)));
		try (var lines = new StreamLines(Http.postForStream(server, "/v1/chat/completions", Http.CHAT_BODY).body())) {
			var first = lines.next();
			lines.next();
			lines.next();
			var fourth = lines.next();

			assertTrue(first.text().contains("\"content\":\"a\""), first.text());
			assertTrue(fourth.text().contains("\"content\":\"d\""), fourth.text());
			// Three pauses of 300 ms lie between them; a buffering server would deliver all at once.
			assertTrue(millisBetween(first, fourth) >= 600, millisBetween(first, fourth) + " ms");
		}
	}

	@Test
	void holdOpenKeepsTheStreamOpenBeforeItsEnding() throws Exception {
		server.enqueue(Reply.ollamaStream("a").holdOpenAfter(Duration.ofMillis(700)));
		try (var lines = new StreamLines(Http.postForStream(server, "/api/chat", Http.CHAT_BODY).body())) {
			var chunk = lines.next();
			var done = lines.next();

			assertTrue(done.text().contains("\"done\":true"), done.text());
			assertTrue(millisBetween(chunk, done) >= 500, millisBetween(chunk, done) + " ms");
			assertEquals(null, lines.next());
		}
	}

	private static long millisBetween(StreamLines.Line earlier, StreamLines.Line later) {
		return Duration.ofNanos(later.nanos() - earlier.nanos()).toMillis();
	}
}
