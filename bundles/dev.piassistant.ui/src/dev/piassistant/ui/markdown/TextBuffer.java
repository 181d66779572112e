package dev.piassistant.ui.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * The rendered text as it grows. Line breaks and container prefixes (quote bars, list markers) are written
 * lazily, just before the next content, so that nothing dangles at the end and the first block of a
 * container needs no separator of its own.
 */
final class TextBuffer {

	private final StringBuilder text = new StringBuilder();
	private final List<LinePrefix> prefixes = new ArrayList<>();
	private int prefixesOnLine;
	private int pendingBreaks;
	private boolean freshContainer = true;

	/** Asks for {@code breaks} line ends before the next content, unless the container has none yet. */
	void separate(int breaks) {
		if (!freshContainer) {
			pendingBreaks = Math.max(pendingBreaks, breaks);
		}
	}

	void lineBreak() {
		pendingBreaks++;
	}

	void push(LinePrefix prefix) {
		prefixes.add(prefix);
		freshContainer = true;
	}

	void pop() {
		prefixes.remove(prefixes.size() - 1);
		prefixesOnLine = Math.min(prefixesOnLine, prefixes.size());
		freshContainer = false;
	}

	/** Writes what is pending and answers where the next content will start. */
	int mark() {
		flush();
		return text.length();
	}

	/** Writes text that may span lines; each line gets the containers' prefixes. */
	void write(String content) {
		var lines = content.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				lineBreak();
			}
			writeLine(lines[i]);
		}
	}

	int length() {
		return text.length();
	}

	@Override
	public String toString() {
		return text.toString();
	}

	private void writeLine(String line) {
		if (!line.isEmpty()) {
			flush();
			text.append(line);
			freshContainer = false;
		}
	}

	private void flush() {
		if (pendingBreaks > 0 && text.length() > 0) {
			text.append('\n');
			for (int i = 1; i < pendingBreaks; i++) {
				text.append(blankLine()).append('\n');
			}
			prefixesOnLine = 0;
		}
		pendingBreaks = 0;
		for (; prefixesOnLine < prefixes.size(); prefixesOnLine++) {
			text.append(prefixes.get(prefixesOnLine).next());
		}
	}

	private String blankLine() {
		var line = new StringBuilder();
		prefixes.forEach(prefix -> line.append(prefix.blank()));
		return line.toString().stripTrailing();
	}
}
