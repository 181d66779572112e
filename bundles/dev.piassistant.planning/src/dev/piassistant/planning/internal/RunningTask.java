package dev.piassistant.planning.internal;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.agent.TaskHandle;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.AssistantMessageCancelled;
import dev.piassistant.core.event.AssistantMessageCompleted;
import dev.piassistant.core.event.AssistantMessageEnded;
import dev.piassistant.core.event.AssistantMessageFailed;
import dev.piassistant.core.event.AssistantRetryScheduled;
import dev.piassistant.core.llm.ChatResult;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.StreamListener;
import dev.piassistant.core.llm.StreamingCall;

/**
 * One answer being streamed. Accumulates the text so that whatever ends the answer (completion, Stop, an
 * error) records what the user already saw. Exactly one ending is recorded.
 */
final class RunningTask implements TaskHandle, StreamListener {

	/** Where the task's events and deltas go: the log and the listeners. */
	interface Sink {
		void event(AgentEvent event);

		void delta(SessionId session, MessageId message, String delta);

		void ended(RunningTask task);
	}

	private final SessionId session;
	private final MessageId reply;
	private final Sink sink;
	private final Clock clock;
	private final StringBuilder text = new StringBuilder();
	private final AtomicBoolean ended = new AtomicBoolean();
	private final CompletableFuture<AgentEvent> outcome = new CompletableFuture<>();
	private volatile StreamingCall call;

	RunningTask(SessionId session, MessageId reply, Sink sink, Clock clock) {
		this.session = session;
		this.reply = reply;
		this.sink = sink;
		this.clock = clock;
	}

	void attach(StreamingCall streamingCall) {
		call = streamingCall;
		if (ended.get()) {
			streamingCall.cancel();
		}
	}

	SessionId session() {
		return session;
	}

	@Override
	public MessageId reply() {
		return reply;
	}

	@Override
	public synchronized String textSoFar() {
		return text.toString();
	}

	@Override
	public void cancel() {
		var current = call;
		if (current != null) {
			current.cancel();
		}
		end(text -> new AssistantMessageCancelled(session, clock.instant(), reply, text));
	}

	@Override
	public CompletionStage<AgentEvent> outcome() {
		return outcome;
	}

	@Override
	public void onTextDelta(String delta) {
		synchronized (this) {
			if (ended.get()) {
				return;
			}
			text.append(delta);
		}
		sink.delta(session, reply, delta);
	}

	@Override
	public void onRetry(ProviderError cause, long delaySeconds, int attempt) {
		if (!ended.get()) {
			sink.event(new AssistantRetryScheduled(session, clock.instant(), reply, cause, delaySeconds, attempt));
		}
	}

	@Override
	public void onComplete(ChatResult result) {
		// The provider's assembled text is authoritative; it equals the deltas unless some were dropped.
		end(text -> new AssistantMessageCompleted(session, clock.instant(), reply,
				result.text().isEmpty() ? text : result.text(), result.usage()));
	}

	@Override
	public void onError(ProviderError error) {
		end(text -> new AssistantMessageFailed(session, clock.instant(), reply, text, error));
	}

	private void end(java.util.function.Function<String, AssistantMessageEnded> ending) {
		String soFar;
		synchronized (this) {
			if (!ended.compareAndSet(false, true)) {
				return;
			}
			soFar = text.toString();
		}
		var event = ending.apply(soFar);
		try {
			sink.event(event);
		} finally {
			sink.ended(this);
			outcome.complete(event);
		}
	}
}
