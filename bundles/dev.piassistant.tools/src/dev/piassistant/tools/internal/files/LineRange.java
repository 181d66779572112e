package dev.piassistant.tools.internal.files;

/** A text's lines from one to another, numbered, within a size cap, with a note on how to read on. */
final class LineRange {

	private LineRange() {
	}

	static String of(String text, String shown, int start, int end) {
		var lines = text.split("\r?\n", -1);
		var total = text.endsWith("\n") ? lines.length - 1 : lines.length;
		if (total == 0) {
			return shown + " is empty.";
		}
		if (start > total) {
			return shown + " has " + total + " lines; line " + start + " is past its end.";
		}
		var first = Math.max(1, start);
		var last = end < 0 ? Math.min(total, first + FileTools.DEFAULT_LINES - 1) : Math.min(end, total);
		if (last < first) {
			return shown + " has " + total + " lines; line " + start + " is past its end.";
		}
		var out = new StringBuilder();
		var width = String.valueOf(last).length();
		var shownLast = first - 1;
		for (int i = first; i <= last; i++) {
			var line = String.format("%" + width + "d| %s%n", i, lines[i - 1]);
			if (out.length() + line.length() > FileTools.MAX_CHARS) {
				break;
			}
			out.append(line);
			shownLast = i;
		}
		var header = shown + " (lines " + first + "-" + shownLast + " of " + total + ")\n";
		if (shownLast < total) {
			out.append("[").append(total - shownLast).append(" more lines: call read_file with startLine=").append(shownLast + 1)
					.append(" to read on.]\n");
		}
		return header + out;
	}
}
