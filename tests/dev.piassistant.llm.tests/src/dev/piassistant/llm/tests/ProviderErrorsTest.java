package dev.piassistant.llm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.ProviderException;
import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.core.llm.StreamPart;
import dev.piassistant.llm.internal.HttpSettings;
import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

/** Every way a provider fails ends the stream once, with a typed error that carries what the view needs to explain it. */
class ProviderErrorsTest {

	@TempDir
	Path folder;
	private ScriptedModelServer server;
	private Fixture fixture;

	@BeforeEach
	void start() throws Exception {
		fixture = new Fixture(folder);
		server = fixture.server;
		fixture.provider("p", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl() + "/v1");
	}

	@AfterEach
	void stop() {
		fixture.close();
	}

	private Recorder ask() {
		var recorder = new Recorder();
		fixture.models.stream(Fixture.ask("p", "hi"), recorder);
		return recorder;
	}

	@Test
	void aServerThatIsNotRunningIsReportedAsUnreachableAtOnce() throws Exception {
		int closedPort;
		try (var socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		fixture.provider("gone", ProviderKind.OPENAI_COMPATIBLE, "http://127.0.0.1:" + closedPort + "/v1");
		var recorder = new Recorder();
		long started = System.nanoTime();
		fixture.models.stream(Fixture.ask("gone", "hi"), recorder);
		var error = recorder.awaitError(ProviderError.Unreachable.class);
		assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5, "no waiting on a refused connection");
		assertEquals("http://127.0.0.1:" + closedPort + "/v1", error.url());
		assertEquals("connection refused", error.detail());
	}

	@Test
	void aRejectedKeyIsUnauthorizedWithTheProvidersOwnWords() throws Exception {
		server.enqueue(Reply.unauthorized());
		var error = ask().awaitError(ProviderError.Unauthorized.class);
		assertEquals(401, error.status());
		assertEquals("Incorrect API key provided.", error.detail(), "the provider's own words");
	}

	@Test
	void throttlingWithAShortRetryAfterIsRetriedAndThenAnswered() throws Exception {
		server.enqueue(Reply.rateLimited(1), Reply.openAiStream("after ", "waiting"));
		var recorder = ask();
		long started = System.nanoTime();
		var result = recorder.awaitFinished();
		assertEquals("after waiting", result.message().text());
		assertEquals(1, recorder.retries.size());
		var retry = recorder.retries.get(0);
		assertEquals(1, retry.delaySeconds());
		assertEquals(1, retry.attempt());
		assertTrue(retry.cause() instanceof ProviderError.RateLimited limited && limited.retryAfterSeconds() == 1);
		assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 900, "the server's Retry-After was honoured");
		assertEquals(2, server.requests().size());
	}

	@Test
	void throttlingWithALongRetryAfterIsReportedNotWaitedFor() throws Exception {
		server.enqueue(Reply.rateLimited(120));
		var error = ask().awaitError(ProviderError.RateLimited.class);
		assertEquals(120, error.retryAfterSeconds());
		assertEquals(1, server.requests().size());
	}

	@Test
	void aServerErrorIsReportedWithItsDetailAndNotRetried() throws Exception {
		server.enqueue(Reply.openAiError(500, "server_error", "internal", "CUDA out of memory"));
		var error = ask().awaitError(ProviderError.ServerError.class);
		assertEquals(500, error.status());
		assertEquals("CUDA out of memory", error.detail());
		assertEquals(1, server.requests().size());
	}

	@Test
	void anOverloadedGatewayIsRetriedWithBackOff() throws Exception {
		server.enqueue(Reply.openAiError(503, "overloaded", "busy", "try later"), Reply.openAiError(503, "overloaded", "busy", "try later"),
				Reply.openAiStream("finally"));
		var recorder = ask();
		assertEquals("finally", recorder.awaitFinished().message().text());
		assertEquals(List.of(1, 2), recorder.retries.stream().map(Recorder.Retry::attempt).toList());
	}

	@Test
	void anUnknownModelIsNamed() throws Exception {
		server.enqueue(Reply.openAiError(404, "invalid_request_error", "model_not_found", "The model `test-model` does not exist"));
		var error = ask().awaitError(ProviderError.ModelNotFound.class);
		assertEquals("test-model", error.model());
		assertEquals("The model `test-model` does not exist", error.detail());
	}

	@Test
	void aMalformedStreamFailsAndKeepsWhatArrivedBefore() throws Exception {
		server.enqueue(Reply.malformedStream("Good ", "start"));
		var recorder = ask();
		recorder.awaitError(ProviderError.MalformedResponse.class);
		assertEquals("Good start", recorder.text());
	}

	@Test
	void aStreamThatStopsBeforeTheModelFinishedIsNotTakenForAnAnswer() throws Exception {
		server.enqueue(Reply.truncatedStream("Half ", "an answer"));
		var recorder = ask();
		recorder.awaitError(ProviderError.MalformedResponse.class);
		assertTrue(recorder.parts(StreamPart.Finished.class).isEmpty(), "a cut-off answer is not finished");
		assertEquals("Half an answer", recorder.text());
	}

	@Test
	void aServerThatHangsUpWithoutAnsweringIsUnreachable() throws Exception {
		server.enqueue(Reply.dropConnection());
		var error = ask().awaitError(ProviderError.Unreachable.class);
		assertTrue(error.url().startsWith(server.baseUrl()), error.url());
	}

	@Test
	void aStreamThatGoesSilentTimesOut() throws Exception {
		var impatient = new Fixture(folder.resolve("impatient"),
				new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofMillis(800)));
		try {
			impatient.provider("p", ProviderKind.OPENAI_COMPATIBLE, impatient.server.baseUrl() + "/v1");
			impatient.server.enqueue(Reply.openAiStream("first", "never").delay(Duration.ofSeconds(3)));
			var recorder = new Recorder();
			impatient.models.stream(Fixture.ask("p", "hi"), recorder);
			recorder.awaitError(ProviderError.Timeout.class);
		} finally {
			impatient.close();
		}
	}

	@Test
	void aProviderThatNeedsAKeyButHasNoneIsNotCalled() throws Exception {
		fixture.provider("claude", ProviderKind.ANTHROPIC, server.baseUrl() + "/v1");
		var recorder = new Recorder();
		fixture.models.stream(Fixture.ask("claude", "hi"), recorder);
		var error = recorder.awaitError(ProviderError.NotConfigured.class);
		assertEquals(new ProviderError.NotConfigured(ProviderError.Missing.API_KEY, "claude"), error);
		assertEquals(0, server.requests().size());
	}

	@Test
	void aRemovedProviderIsNotConfigured() throws Exception {
		var recorder = new Recorder();
		fixture.models.stream(Fixture.ask("nobody", "hi"), recorder);
		var error = recorder.awaitError(ProviderError.NotConfigured.class);
		assertEquals(new ProviderError.NotConfigured(ProviderError.Missing.PROVIDER_REMOVED, "test-model"), error);
	}

	@Test
	void listingModelsOfAServerThatIsGoneIsUnreachable() throws Exception {
		var gone = ScriptedModelServer.start();
		gone.close();
		var provider = new ProviderConfig("x", "x", ProviderKind.OPENAI_COMPATIBLE, gone.baseUrl() + "/v1", "");
		var failure = assertThrows(ProviderException.class, () -> fixture.models.listModels(provider));
		assertTrue(failure.error() instanceof ProviderError.Unreachable, failure.error().toString());
	}
}
