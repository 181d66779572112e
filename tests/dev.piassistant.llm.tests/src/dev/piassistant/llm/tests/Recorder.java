package dev.piassistant.llm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.StreamListener;
import dev.piassistant.core.llm.StreamPart;
import dev.piassistant.core.llm.ToolCall;

/** Records what a stream reports, in order, and lets a test wait for its end. */
class Recorder implements StreamListener {

	record Retry(ProviderError cause, long delaySeconds, int attempt) {
	}

	/** Every part and error, in the order reported. */
	final List<Object> events = new CopyOnWriteArrayList<>();
	final List<Retry> retries = new CopyOnWriteArrayList<>();
	private final CountDownLatch ended = new CountDownLatch(1);
	private final CountDownLatch firstPart = new CountDownLatch(1);

	@Override
	public void onPart(StreamPart part) {
		events.add(part);
		firstPart.countDown();
		if (part instanceof StreamPart.Finished) {
			ended.countDown();
		}
	}

	@Override
	public void onRetry(ProviderError cause, long delaySeconds, int attempt) {
		retries.add(new Retry(cause, delaySeconds, attempt));
	}

	@Override
	public void onError(ProviderError error) {
		events.add(error);
		ended.countDown();
	}

	List<StreamPart> parts() {
		return events.stream().filter(StreamPart.class::isInstance).map(StreamPart.class::cast).toList();
	}

	<P extends StreamPart> List<P> parts(Class<P> type) {
		return events.stream().filter(type::isInstance).map(type::cast).toList();
	}

	List<String> deltas() {
		return parts(StreamPart.TextDelta.class).stream().map(StreamPart.TextDelta::text).toList();
	}

	String text() {
		return String.join("", deltas());
	}

	String thinking() {
		return String.join("", parts(StreamPart.ThinkingDelta.class).stream().map(StreamPart.ThinkingDelta::text).toList());
	}

	List<ToolCall> toolCalls() {
		return parts(StreamPart.ToolCallPart.class).stream().map(StreamPart.ToolCallPart::call).toList();
	}

	/** The kinds of the parts in order, for asserting their sequence ("Text", "ToolCall", ...). */
	List<String> kinds() {
		return parts().stream().map(part -> part.getClass().getSimpleName().replace("Delta", "").replace("Part", "")).toList();
	}

	void awaitFirstPart() throws InterruptedException {
		assertTrue(firstPart.await(10, TimeUnit.SECONDS), "nothing arrived");
	}

	StreamPart.Finished awaitFinished() throws InterruptedException {
		var ending = awaitEnd(Duration.ofSeconds(20));
		if (ending instanceof StreamPart.Finished finished) {
			assertEquals(text(), finished.message().text(), "the finished message says what the deltas said");
			assertEquals(thinking(), finished.message().thinking());
			assertEquals(toolCalls(), finished.message().toolCalls());
			return finished;
		}
		return fail("expected an answer, got " + ending + " after " + events);
	}

	<E extends ProviderError> E awaitError(Class<E> type) throws InterruptedException {
		var ending = awaitEnd(Duration.ofSeconds(20));
		if (type.isInstance(ending)) {
			return type.cast(ending);
		}
		return fail("expected " + type.getSimpleName() + ", got " + ending + " after " + events);
	}

	/** Waits for the one ending (Finished or an error) and checks that nothing came after it. */
	Object awaitEnd(Duration timeout) throws InterruptedException {
		assertTrue(ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS), "the stream did not end: " + events);
		Thread.sleep(100); // Anything reported after the end would show up here.
		var endings = events.stream().filter(event -> event instanceof ProviderError || event instanceof StreamPart.Finished).toList();
		if (endings.size() != 1) {
			fail("a stream must end exactly once, it ended with " + endings);
		}
		assertEquals(endings.get(0), events.get(events.size() - 1), "nothing may follow the ending: " + events);
		return endings.get(0);
	}
}
