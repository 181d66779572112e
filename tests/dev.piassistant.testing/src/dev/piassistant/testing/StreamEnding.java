package dev.piassistant.testing;

/** How a scripted completion ends after its content. */
public enum StreamEnding {

	/** The format's full ending: finish reason, usage and end marker, then the body ends cleanly. */
	COMPLETE,
	/**
	 * The connection closes mid-body: a stream gets no ending and no final HTTP chunk, a JSON answer only
	 * half of the bytes its Content-Length promised.
	 */
	TRUNCATED,
	/**
	 * Like {@link #TRUNCATED}, but the connection closes halfway through the last tool call's arguments (for
	 * Ollama, which sends each call whole, halfway through its line). A JSON answer is cut short as by TRUNCATED.
	 */
	TRUNCATED_IN_TOOL_CALL,
	/** A stream gets one event whose JSON breaks off, a JSON answer half an object; the body ends cleanly. */
	MALFORMED
}
