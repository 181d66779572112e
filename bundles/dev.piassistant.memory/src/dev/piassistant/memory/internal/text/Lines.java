package dev.piassistant.memory.internal.text;

import java.util.ArrayList;
import java.util.List;

/** A text's lines with their offsets, to cut it by line and to say which line an offset is on. */
public final class Lines {

	private final String text;
	private final int[] starts;

	public Lines(String text) {
		this.text = text;
		var offsets = new ArrayList<Integer>();
		offsets.add(0);
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				offsets.add(i + 1);
			}
		}
		starts = offsets.stream().mapToInt(Integer::intValue).toArray();
	}

	public int count() {
		return text.endsWith("\n") ? starts.length - 1 : starts.length;
	}

	/** The text of lines {@code first} to {@code last}, from 1, inclusive, without the last line break. */
	public String range(int first, int last) {
		var from = starts[Math.max(0, first - 1)];
		var to = last >= starts.length ? text.length() : starts[last];
		var cut = text.substring(from, Math.max(from, to));
		return cut.endsWith("\n") ? cut.substring(0, cut.length() - 1) : cut;
	}

	public String line(int number) {
		return range(number, number);
	}

	public List<String> all() {
		var lines = new ArrayList<String>();
		for (int i = 1; i <= count(); i++) {
			lines.add(line(i));
		}
		return lines;
	}
}
