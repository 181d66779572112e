package dev.piassistant.core.llm;

/** A streamed answer under way. */
public interface StreamingCall {

	/**
	 * Stops the answer: closes the connection (so the server stops generating) and silences the listener.
	 * Safe to call from any thread, more than once, and after the stream ended.
	 */
	void cancel();

	boolean isCancelled();
}
