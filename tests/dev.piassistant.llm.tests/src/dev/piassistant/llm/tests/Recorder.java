package dev.piassistant.llm.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.piassistant.core.llm.ChatResult;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.StreamListener;

/** Records what a stream reports, and lets a test wait for its end. */
class Recorder implements StreamListener {

	record Retry(ProviderError cause, long delaySeconds, int attempt) {
	}

	final List<String> deltas = new CopyOnWriteArrayList<>();
	final List<Retry> retries = new CopyOnWriteArrayList<>();
	final List<Object> endings = new CopyOnWriteArrayList<>();
	private final CountDownLatch ended = new CountDownLatch(1);
	private final CountDownLatch firstDelta = new CountDownLatch(1);

	@Override
	public void onTextDelta(String delta) {
		deltas.add(delta);
		firstDelta.countDown();
	}

	@Override
	public void onRetry(ProviderError cause, long delaySeconds, int attempt) {
		retries.add(new Retry(cause, delaySeconds, attempt));
	}

	@Override
	public void onComplete(ChatResult result) {
		endings.add(result);
		ended.countDown();
	}

	@Override
	public void onError(ProviderError error) {
		endings.add(error);
		ended.countDown();
	}

	String text() {
		return String.join("", deltas);
	}

	void awaitFirstDelta() throws InterruptedException {
		assertTrue(firstDelta.await(10, TimeUnit.SECONDS), "no text arrived");
	}

	ChatResult awaitCompletion() throws InterruptedException {
		var ending = awaitEnd(Duration.ofSeconds(20));
		if (ending instanceof ChatResult result) {
			return result;
		}
		return fail("expected an answer, got " + ending);
	}

	<E extends ProviderError> E awaitError(Class<E> type) throws InterruptedException {
		var ending = awaitEnd(Duration.ofSeconds(20));
		if (type.isInstance(ending)) {
			return type.cast(ending);
		}
		return fail("expected " + type.getSimpleName() + ", got " + ending);
	}

	Object awaitEnd(Duration timeout) throws InterruptedException {
		assertTrue(ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS), "the stream did not end");
		Thread.sleep(100); // Anything reported after the end would show up here.
		if (endings.size() != 1) {
			fail("a stream must end exactly once, it ended with " + endings);
		}
		return endings.get(0);
	}
}
