package dev.piassistant.planning.internal.loop;

import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.CallPurpose;
import dev.piassistant.core.event.AssistantMessageCancelled;
import dev.piassistant.core.event.AssistantMessageCompleted;
import dev.piassistant.core.event.AssistantMessageFailed;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.AssistantRetryScheduled;
import dev.piassistant.core.llm.ChatRequest;
import dev.piassistant.core.llm.PriceRule;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.StreamListener;
import dev.piassistant.core.llm.StreamPart;
import dev.piassistant.core.plan.StepId;

/**
 * One model call: recorded as it starts, streamed to the listeners as it arrives, recorded as it ends
 * (completed, failed or cancelled, keeping what had arrived). The task's thread waits for the end; Stop
 * closes the connection at once.
 */
final class ModelTurn implements StreamListener {

	/** How a call ended. */
	sealed interface Outcome {
	}

	record Completed(AssistantMessageCompleted event) implements Outcome {
	}

	record Failed(ProviderError error) implements Outcome {
	}

	private final Recorder recorder;
	private final Streams streams;
	private final AssistantMessageStarted started;
	private final CompletableFuture<Outcome> end = new CompletableFuture<>();
	private final StringBuilder text = new StringBuilder();
	private final PriceRule price;

	private ModelTurn(Recorder recorder, Streams streams, AssistantMessageStarted started, PriceRule price) {
		this.recorder = recorder;
		this.streams = streams;
		this.started = started;
		this.price = price;
	}

	/** Runs a call to its end. */
	static Outcome run(LoopServices services, Recorder recorder, Streams streams, SessionId session, TaskId task,
			MessageId request, @Nullable StepId step, CallPurpose purpose, ChatRequest chat, BooleanSupplier cancelled)
			throws CancelledException {
		var price = services.settings().modelInfo(chat.model()).price();
		var started = recorder.record(new AssistantMessageStarted(session, recorder.now(), MessageId.random(), request,
				chat.model(), task, step, purpose));
		var turn = new ModelTurn(recorder, streams, started, price);
		streams.begin(started.message());
		var call = services.models().stream(chat, turn);
		try {
			var outcome = Waiter.await(turn.end, cancelled);
			return turn.record(outcome);
		} catch (CancelledException e) {
			call.cancel();
			recorder.record(new AssistantMessageCancelled(session, recorder.now(), started.message(), turn.textSoFar()));
			throw e;
		} finally {
			streams.end();
		}
	}

	private Outcome record(Outcome outcome) {
		if (outcome instanceof Completed completed) {
			recorder.record(completed.event());
		} else if (outcome instanceof Failed failed) {
			recorder.record(new AssistantMessageFailed(started.session(), recorder.now(), started.message(), textSoFar(),
					failed.error()));
		}
		return outcome;
	}

	private synchronized String textSoFar() {
		return text.toString();
	}

	@Override
	public void onPart(StreamPart part) {
		if (part instanceof StreamPart.TextDelta delta) {
			synchronized (this) {
				text.append(delta.text());
			}
			streams.text(delta.text());
			recorder.delta(started, delta.text(), false);
		} else if (part instanceof StreamPart.ThinkingDelta delta) {
			streams.thinking(delta.text());
			recorder.delta(started, delta.text(), true);
		} else if (part instanceof StreamPart.Finished finished) {
			var message = finished.message();
			end.complete(new Completed(new AssistantMessageCompleted(started.session(), recorder.now(), started.message(),
					message.text(), finished.usage(), message.thinking(), message.toolCalls(), finished.reason(),
					price.cost(finished.usage()))));
		}
	}

	@Override
	public void onRetry(ProviderError cause, long delaySeconds, int attempt) {
		recorder.record(new AssistantRetryScheduled(started.session(), recorder.now(), started.message(), cause,
				delaySeconds, attempt));
	}

	@Override
	public void onError(ProviderError error) {
		end.complete(new Failed(error));
	}
}
