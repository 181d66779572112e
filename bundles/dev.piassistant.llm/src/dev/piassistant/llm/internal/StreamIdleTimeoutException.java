package dev.piassistant.llm.internal;

import java.io.IOException;
import java.time.Duration;

/** The server sent nothing for too long in the middle of an answer. */
public final class StreamIdleTimeoutException extends IOException {

	private static final long serialVersionUID = 1L;

	private final Duration idle;

	StreamIdleTimeoutException(Duration idle) {
		super("no data for " + idle.toSeconds() + " s");
		this.idle = idle;
	}

	public Duration idle() {
		return idle;
	}
}
