package dev.piassistant.tools.jdt.internal.search;

/** A name that names no Java element, or more than one: the message says which names would do. */
public final class UnknownElementException extends Exception {

	private static final long serialVersionUID = 1L;

	public UnknownElementException(String message) {
		super(message);
	}
}
