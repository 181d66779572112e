package dev.piassistant.memory.internal.text;

import java.util.ArrayList;
import java.util.List;

/** Fixed-size windows of lines that overlap a little, so that nothing is cut off at a window's edge. */
public final class Windows {

	/** Characters a window holds at most, unless a single line is longer. */
	static final int MAX_CHARS = 1_800;
	/** Lines each window repeats from the one before. */
	static final int OVERLAP_LINES = 3;

	private Windows() {
	}

	/** Windows over lines {@code first..last} (from 1, inclusive), as {start, end} pairs. */
	public static List<int[]> of(Lines lines, int first, int last) {
		var windows = new ArrayList<int[]>();
		var start = first;
		while (start <= last) {
			var end = start;
			var chars = lines.line(start).length();
			while (end < last && chars + lines.line(end + 1).length() + 1 <= MAX_CHARS) {
				end++;
				chars += lines.line(end).length() + 1;
			}
			windows.add(new int[] { start, end });
			if (end >= last) {
				break;
			}
			start = Math.max(start + 1, end + 1 - OVERLAP_LINES);
		}
		return windows;
	}
}
