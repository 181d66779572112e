package dev.piassistant.llm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.StreamPart;

/** Throttling, overload and Stop behave the same whichever protocol the provider speaks. */
class RetryAndCancelTest {

	@TempDir
	Path folder;
	private Fixture fixture;

	@BeforeEach
	void start() throws Exception {
		fixture = new Fixture(folder);
	}

	@AfterEach
	void stop() {
		fixture.close();
	}

	private Recorder ask(Protocol protocol) throws Exception {
		fixture.provider("p", protocol);
		var recorder = new Recorder();
		fixture.models.stream(Fixture.ask("p", "hi"), recorder);
		return recorder;
	}

	@ParameterizedTest
	@EnumSource(Protocol.class)
	void aThrottledRequestWaitsWhatRetryAfterSaysThenGetsItsAnswer(Protocol protocol) throws Exception {
		fixture.server.enqueue(protocol.error(429, "slow down").header("Retry-After", "1"),
				protocol.stream("after ", "waiting").toolCall("call_1", "read_file", "{\"path\":\"a\"}"));
		long started = System.nanoTime();
		var recorder = ask(protocol);
		var finished = recorder.awaitFinished();

		assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 900, "Retry-After was honoured");
		assertEquals(1, recorder.retries.size());
		assertEquals(new ProviderError.RateLimited(1, "slow down"), recorder.retries.get(0).cause());
		assertEquals("after waiting", finished.message().text());
		assertEquals(1, finished.message().toolCalls().size());
		assertEquals(2, fixture.server.requests().size());
	}

	@ParameterizedTest
	@EnumSource(Protocol.class)
	void anOverloadedServerIsAskedAgainWithGrowingPauses(Protocol protocol) throws Exception {
		fixture.server.enqueue(protocol.error(503, "overloaded"), protocol.error(503, "overloaded"), protocol.stream("finally"));
		var recorder = ask(protocol);
		var finished = recorder.awaitFinished();

		assertEquals("finally", finished.message().text());
		assertEquals(List.of(1, 2), recorder.retries.stream().map(Recorder.Retry::attempt).toList());
		assertEquals(new ProviderError.ServerError(503, "overloaded"), recorder.retries.get(0).cause());
		assertEquals(List.of("finally"), recorder.deltas(), "nothing of the failed attempts is shown");
	}

	@ParameterizedTest
	@EnumSource(Protocol.class)
	void cancellingMidStreamHangsUpAndSilencesTheListener(Protocol protocol) throws Exception {
		var words = Collections.nCopies(40, "word ").toArray(String[]::new);
		fixture.provider("p", protocol);
		fixture.server.enqueue(protocol.stream(words).delay(Duration.ofMillis(250)));
		var recorder = new Recorder();
		var call = fixture.models.stream(Fixture.ask("p", "write a lot"), recorder);
		recorder.awaitFirstPart();
		call.cancel();

		var request = fixture.server.takeRequest(Duration.ofSeconds(5));
		assertTrue(request.awaitClientDisconnect(Duration.ofSeconds(1)), "the server saw the client hang up");
		int seen = recorder.events.size();
		Thread.sleep(800);
		assertEquals(seen, recorder.events.size(), "nothing after cancel");
		assertTrue(seen < words.length, "it was cancelled mid-stream: " + seen);
		assertTrue(recorder.parts(StreamPart.Finished.class).isEmpty());
		assertTrue(call.isCancelled());
	}
}
