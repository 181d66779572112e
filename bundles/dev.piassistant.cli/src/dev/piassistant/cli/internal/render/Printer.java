package dev.piassistant.cli.internal.render;

import java.io.PrintStream;

/**
 * Writes to the terminal from any thread. Streamed text may leave a line open; the next whole line closes it
 * first, so progress lines never run into an answer.
 */
public final class Printer {

	private final PrintStream out;
	private boolean atLineStart = true;

	public Printer(PrintStream out) {
		this.out = out;
	}

	public synchronized void line(String text) {
		closeLine();
		out.println(text);
		out.flush();
	}

	/** Streamed text, each new line indented. */
	public synchronized void stream(String indent, String text) {
		var buffer = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			var c = text.charAt(i);
			if (atLineStart && c != '\n') {
				buffer.append(indent);
			}
			buffer.append(c);
			atLineStart = c == '\n';
		}
		out.print(buffer);
		out.flush();
	}

	/** Ends streamed text that did not end its line. */
	public synchronized void closeLine() {
		if (!atLineStart) {
			out.println();
			atLineStart = true;
		}
	}

	/** A question, left open for the answer. */
	public synchronized void prompt(String text) {
		closeLine();
		out.print(text);
		out.flush();
	}

	/** After the user pressed Enter, the terminal is at the start of a line again. */
	public synchronized void answered() {
		atLineStart = true;
	}
}
