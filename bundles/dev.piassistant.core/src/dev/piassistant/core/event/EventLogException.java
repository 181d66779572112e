package dev.piassistant.core.event;

/** The event log could not be read or written; the message says where and why. */
public class EventLogException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public EventLogException(String message, Throwable cause) {
		super(message, cause);
	}
}
