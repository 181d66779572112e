package dev.piassistant.tools.mcp.internal.client;

import java.util.ArrayDeque;
import java.util.List;

/** A server's last lines of output, for the user: standard error and log notifications. */
public final class LogLines {

	static final int KEPT = 200;
	private static final int LONGEST_LINE = 2_000;

	private final ArrayDeque<String> lines = new ArrayDeque<>();

	public synchronized void add(String line) {
		var kept = line.length() > LONGEST_LINE ? line.substring(0, LONGEST_LINE) + "..." : line;
		lines.addLast(kept);
		while (lines.size() > KEPT) {
			lines.removeFirst();
		}
	}

	public synchronized List<String> all() {
		return List.copyOf(lines);
	}

	/** The last few lines as one text, for an error message. */
	public synchronized String tail(int count) {
		return String.join("\n", lines.stream().skip(Math.max(0, lines.size() - count)).toList());
	}
}
