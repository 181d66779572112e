package dev.piassistant.llm.internal;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.StreamListener;
import dev.piassistant.core.llm.StreamPart;
import dev.piassistant.core.llm.StreamingCall;

/**
 * One streamed answer, over as many attempts as the retry policy allows. Guarantees the listener's
 * contract: parts in order, then exactly one of {@link StreamPart.Finished} or an error, and silence after
 * cancel. Text and thinking are passed on as they arrive, tool calls only once the answer ended well (see
 * {@link AnswerAssembly#toolCall}). An attempt is retried only while nothing of it has reached the listener,
 * so nothing is shown twice.
 */
final class ChatStream implements StreamingCall {

	/** What one attempt needs: a fresh HTTP client and the model wired to it. */
	interface Attempt {
		void start(CallHttpClient client, StreamingChatResponseHandler handler);
	}

	private final Supplier<CallHttpClient> clients;
	private final Attempt attempt;
	private final int earlierCalls;
	private final StreamListener listener;
	private final RetryPolicy retries;
	private final ErrorClassifier classifier;
	private final ScheduledExecutorService scheduler;
	private final AtomicBoolean finished = new AtomicBoolean();
	private volatile boolean cancelled;
	private volatile boolean partsArrived;
	private volatile CallHttpClient client;
	private volatile ScheduledFuture<?> pendingRetry;

	/** @param earlierCalls tool calls already in the conversation (see {@link AnswerAssembly}) */
	ChatStream(Supplier<CallHttpClient> clients, Attempt attempt, int earlierCalls, StreamListener listener,
			RetryPolicy retries, ErrorClassifier classifier, ScheduledExecutorService scheduler) {
		this.clients = clients;
		this.attempt = attempt;
		this.earlierCalls = earlierCalls;
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
		var handler = new Handler(number);
		try {
			attempt.start(client, handler);
		} catch (RuntimeException e) {
			// Builders validate eagerly (a malformed URL, say): report it like any other failure.
			handler.onError(e);
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

	private void complete(List<StreamPart> ending) {
		if (!cancelled && finished.compareAndSet(false, true)) {
			for (var part : ending) {
				if (cancelled) {
					return;
				}
				listener.onPart(part);
			}
		}
	}

	/** Receives one attempt; its first terminal callback counts, later ones (close after error) do not. */
	private final class Handler implements StreamingChatResponseHandler {

		private final int number;
		private final AtomicBoolean done = new AtomicBoolean();
		private final AnswerAssembly answer = new AnswerAssembly(earlierCalls);

		Handler(int number) {
			this.number = number;
		}

		@Override
		public void onPartialResponse(String delta) {
			if (live()) {
				deliver(answer.text(delta));
			}
		}

		@Override
		public void onPartialThinking(PartialThinking thinking) {
			if (live()) {
				deliver(answer.thinking(thinking.text()));
			}
		}

		@Override
		public void onCompleteToolCall(CompleteToolCall call) {
			if (live()) {
				answer.toolCall(call.toolExecutionRequest());
			}
		}

		private boolean live() {
			return !cancelled && !done.get() && !finished.get();
		}

		private void deliver(StreamPart part) {
			partsArrived = true;
			listener.onPart(part);
		}

		@Override
		public void onCompleteResponse(ChatResponse response) {
			if (!done.compareAndSet(false, true)) {
				return;
			}
			if (response.finishReason() == null) {
				fail(new ProviderError.MalformedResponse("stream ended without a finish reason"));
				return;
			}
			complete(answer.finish(response));
		}

		@Override
		public void onError(Throwable error) {
			if (cancelled || !done.compareAndSet(false, true)) {
				return;
			}
			var problem = classifier.classify(error);
			if (!partsArrived && retries.shouldRetry(problem, number)) {
				var delay = retries.delay(problem, number);
				listener.onRetry(problem, Math.max(1, (delay.toMillis() + 999) / 1000), number);
				pendingRetry = scheduler.schedule(() -> run(number + 1), delay.toMillis(), TimeUnit.MILLISECONDS);
			} else {
				fail(problem);
			}
		}
	}
}
