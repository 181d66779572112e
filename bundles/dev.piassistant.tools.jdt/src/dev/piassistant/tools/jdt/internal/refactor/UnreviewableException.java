package dev.piassistant.tools.jdt.internal.refactor;

/** A refactoring whose change cannot be proposed as file hunks: the message says what it would also do. */
public final class UnreviewableException extends Exception {

	private static final long serialVersionUID = 1L;

	public UnreviewableException(String message) {
		super(message);
	}
}
