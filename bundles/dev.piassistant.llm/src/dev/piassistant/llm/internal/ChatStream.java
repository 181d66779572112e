package dev.piassistant.llm.internal;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.piassistant.core.llm.ChatResult;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.StreamListener;
import dev.piassistant.core.llm.StreamingCall;
import dev.piassistant.core.llm.TokenUsage;

/**
 * One streamed answer, over as many attempts as the retry policy allows. Guarantees the listener's
 * contract: deltas in order, then exactly one of complete or error, and silence after cancel.
 */
final class ChatStream implements StreamingCall {

	/** What one attempt needs: a fresh HTTP client and the model wired to it. */
	interface Attempt {
		void start(CallHttpClient client, StreamingChatResponseHandler handler);
	}

	private final Supplier<CallHttpClient> clients;
	private final Attempt attempt;
	private final StreamListener listener;
	private final RetryPolicy retries;
	private final ErrorClassifier classifier;
	private final ScheduledExecutorService scheduler;
	private final AtomicBoolean finished = new AtomicBoolean();
	private volatile boolean cancelled;
	private volatile boolean textArrived;
	private volatile CallHttpClient client;
	private volatile ScheduledFuture<?> pendingRetry;

	ChatStream(Supplier<CallHttpClient> clients, Attempt attempt, StreamListener listener, RetryPolicy retries,
			ErrorClassifier classifier, ScheduledExecutorService scheduler) {
		this.clients = clients;
		this.attempt = attempt;
		this.listener = listener;
		this.retries = retries;
		this.classifier = classifier;
		this.scheduler = scheduler;
	}

	void start() {
		run(1);
	}

	private void run(int number) {
		if (cancelled) {
			return;
		}
		client = clients.get();
		try {
			attempt.start(client, new Handler(number));
		} catch (RuntimeException e) {
			// Builders validate eagerly (a malformed URL, say): report it like any other failure.
			new Handler(number).onError(e);
		}
	}

	@Override
	public void cancel() {
		cancelled = true;
		var retry = pendingRetry;
		if (retry != null) {
			retry.cancel(false);
		}
		var current = client;
		if (current != null) {
			current.cancel();
		}
	}

	@Override
	public boolean isCancelled() {
		return cancelled;
	}

	private void fail(ProviderError error) {
		if (!cancelled && finished.compareAndSet(false, true)) {
			listener.onError(error);
		}
	}

	private void complete(ChatResult result) {
		if (!cancelled && finished.compareAndSet(false, true)) {
			listener.onComplete(result);
		}
	}

	/** Receives one attempt; its first terminal callback counts, later ones (close after error) do not. */
	private final class Handler implements StreamingChatResponseHandler {

		private final int number;
		private final AtomicBoolean done = new AtomicBoolean();

		Handler(int number) {
			this.number = number;
		}

		@Override
		public void onPartialResponse(String delta) {
			if (!cancelled && !done.get() && !finished.get()) {
				textArrived = true;
				listener.onTextDelta(delta);
			}
		}

		@Override
		public void onCompleteResponse(ChatResponse response) {
			if (!done.compareAndSet(false, true)) {
				return;
			}
			if (response.finishReason() == null) {
				fail(new ProviderError.MalformedResponse("the stream ended before the model finished its answer"));
				return;
			}
			var text = response.aiMessage() == null || response.aiMessage().text() == null ? "" : response.aiMessage().text();
			complete(new ChatResult(text, usage(response), response.finishReason().name()));
		}

		@Override
		public void onError(Throwable error) {
			if (cancelled || !done.compareAndSet(false, true)) {
				return;
			}
			var problem = classifier.classify(error);
			if (!textArrived && retries.shouldRetry(problem, number)) {
				var delay = retries.delay(problem, number);
				listener.onRetry(problem, Math.max(1, (delay.toMillis() + 999) / 1000), number);
				pendingRetry = scheduler.schedule(() -> run(number + 1), delay.toMillis(), TimeUnit.MILLISECONDS);
			} else {
				fail(problem);
			}
		}
	}

	private static TokenUsage usage(ChatResponse response) {
		var usage = response.tokenUsage();
		if (usage == null) {
			return TokenUsage.UNKNOWN;
		}
		return new TokenUsage(orUnknown(usage.inputTokenCount()), orUnknown(usage.outputTokenCount()));
	}

	private static int orUnknown(Integer count) {
		return count == null ? -1 : count;
	}
}
