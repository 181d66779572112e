package dev.piassistant.testing;

/**
 * One piece of a streamed body, written as one HTTP chunk.
 *
 * @param text  the bytes, with their own separators
 * @param paced whether the reply's delay comes before it: generated content is paced, framing (block starts
 *              and stops, pings) follows at once as real servers send it
 * @param cut   marks where a reply truncated in a tool call closes the connection; carries no text
 */
record Frame(String text, boolean paced, boolean cut) {

	static final Frame CUT = new Frame("", false, true);

	static Frame content(String text) {
		return new Frame(text, true, false);
	}

	static Frame framing(String text) {
		return new Frame(text, false, false);
	}
}
