package dev.piassistant.planning.internal.loop;

/** The user stopped the task; unwinds the loop to where the cancellation is recorded. */
final class CancelledException extends Exception {

	private static final long serialVersionUID = 1L;
}
