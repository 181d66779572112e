package dev.piassistant.llm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.core.llm.StreamPart;
import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

/** Cancelling a stream really hangs up on the server, and the listener hears nothing after it. */
class CancellationTest {

	@TempDir
	Path folder;
	private ScriptedModelServer server;
	private Fixture fixture;

	@BeforeEach
	void start() throws Exception {
		fixture = new Fixture(folder);
		server = fixture.server;
	}

	@AfterEach
	void stop() {
		fixture.close();
	}

	private static String[] words(int count) {
		return Collections.nCopies(count, "word ").toArray(String[]::new);
	}

	@Test
	void cancellingMidStreamClosesTheConnectionWithinASecond() throws Exception {
		fixture.provider("p", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl() + "/v1");
		server.enqueue(Reply.openAiStream(words(60)).delay(Duration.ofMillis(300)));
		var recorder = new Recorder();
		var call = fixture.models.stream(Fixture.ask("p", "write a lot"), recorder);
		recorder.awaitFirstPart();
		call.cancel();
		var request = server.takeRequest(Duration.ofSeconds(5));
		assertTrue(request.awaitClientDisconnect(Duration.ofSeconds(1)), "the server saw the client hang up");
		int seen = recorder.events.size();
		Thread.sleep(900);
		assertEquals(seen, recorder.events.size(), "nothing after cancel: no text, and no ending for a cancelled stream");
		assertTrue(recorder.parts(StreamPart.Finished.class).isEmpty());
		assertTrue(call.isCancelled());
	}

	@Test
	void answersAreReadOnOurOwnThreadsNotInTheCommonPool() throws Exception {
		// The common pool can have a single worker (2 cores): a stream read there blocks every other task in
		// it, the view's Stop included, until the answer ends.
		fixture.provider("p", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl() + "/v1");
		server.enqueue(Reply.openAiStream("a", "b"));
		var threads = new java.util.concurrent.CopyOnWriteArrayList<Thread>();
		var recorder = new Recorder() {
			@Override
			public void onPart(StreamPart part) {
				threads.add(Thread.currentThread());
				super.onPart(part);
			}
		};
		fixture.models.stream(Fixture.ask("p", "hi"), recorder);
		recorder.awaitFinished();
		assertTrue(!threads.isEmpty());
		for (var thread : threads) {
			assertTrue(!(thread instanceof java.util.concurrent.ForkJoinWorkerThread) && thread.getName().startsWith("Pi Assistant HTTP"),
					"read on " + thread.getName());
		}
	}

	@Test
	void cancellingDuringARetryWaitSendsNothingMore() throws Exception {
		fixture.provider("p", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl() + "/v1");
		server.enqueue(Reply.rateLimited(2), Reply.openAiStream("never"));
		var recorder = new Recorder();
		var call = fixture.models.stream(Fixture.ask("p", "hi"), recorder);
		server.takeRequest(Duration.ofSeconds(5));
		while (recorder.retries.isEmpty()) {
			Thread.sleep(20);
		}
		call.cancel();
		Thread.sleep(2500);
		assertEquals(1, server.requests().size(), "the scheduled retry was dropped");
		assertEquals(List.of(), recorder.events, "nothing is reported for a cancelled stream");
	}
}
