package dev.piassistant.edits.internal.review;

/** A review could not open or write its files; the message says which and why. */
public final class ReviewFailedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	ReviewFailedException(String message, Throwable cause) {
		super(message, cause);
	}
}
