package dev.piassistant.cli.internal.args;

/** The command line does not fit the grammar; the message says what is wrong and what to type instead. */
public final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
