package dev.piassistant.tools.internal.search;

import java.nio.charset.StandardCharsets;

/** Line numbers and line texts of byte offsets in a file, counted forward once as matches come in order. */
final class LineCounter {

	private final byte[] bytes;
	private int line = 1;
	private int counted;

	LineCounter(byte[] bytes) {
		this.bytes = bytes;
	}

	/** The line (from 1) of an offset; offsets must come in increasing order. */
	int lineAt(int offset) {
		for (; counted < offset; counted++) {
			if (bytes[counted] == '\n') {
				line++;
			}
		}
		return line;
	}

	/** Where the search goes on: after the line of the offset, so a line is reported once. */
	int endOfLine(int offset) {
		var end = offset;
		while (end < bytes.length && bytes[end] != '\n') {
			end++;
		}
		return end + 1;
	}

	String text(int offset, int longest) {
		var start = offset;
		while (start > 0 && bytes[start - 1] != '\n') {
			start--;
		}
		var end = Math.min(endOfLine(offset) - 1, start + longest);
		end = Math.min(end, bytes.length);
		return new String(bytes, start, end - start, StandardCharsets.UTF_8).stripTrailing();
	}
}
