package dev.piassistant.core.checkpoint;

/** A checkpoint could not be taken or restored (the disk or the repository failed); the message says why. */
public class CheckpointException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public CheckpointException(String message, Throwable cause) {
		super(message, cause);
	}

	public CheckpointException(String message) {
		super(message);
	}
}
