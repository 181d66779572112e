package dev.piassistant.core.llm;

/**
 * Receives one streamed answer. Called on provider threads, never on the UI thread. Exactly one of
 * {@link #onComplete} and {@link #onError} ends a stream, unless it is cancelled: after
 * {@link StreamingCall#cancel()} returns, no method is called any more.
 */
public interface StreamListener {

	/** A piece of the answer's text, in order. */
	void onTextDelta(String delta);

	/** The request failed in a way worth retrying; it is sent again after {@code delaySeconds}. */
	default void onRetry(ProviderError cause, long delaySeconds, int attempt) {
	}

	void onComplete(ChatResult result);

	void onError(ProviderError error);
}
