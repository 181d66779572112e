package dev.piassistant.core.llm;

/**
 * Receives one streamed answer. Called on provider threads, never on the UI thread. Parts arrive in order
 * and end with one {@link StreamPart.Finished}, unless {@link #onError} ends the stream instead; after
 * {@link StreamingCall#cancel()} returns, no method is called any more.
 */
public interface StreamListener {

	void onPart(StreamPart part);

	/** The request failed in a way worth retrying; it is sent again after {@code delaySeconds}. */
	default void onRetry(ProviderError cause, long delaySeconds, int attempt) {
	}

	void onError(ProviderError error);
}
