package dev.piassistant.core.inference;

/** A model could not be loaded or run; the message says what and where. */
public class InferenceException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public InferenceException(String message, Throwable cause) {
		super(message, cause);
	}

	public InferenceException(String message) {
		super(message);
	}
}
