package dev.piassistant.edits.internal.engine;

import java.util.ArrayList;
import java.util.List;

/** A text as lines that keep their line ends, so that joining them gives the text back byte for byte. */
public final class Lines {

	private Lines() {
	}

	/** The lines of a text, each with its line end; the last may have none. Empty text has no lines. */
	public static List<String> split(String text) {
		var lines = new ArrayList<String>(Math.max(16, text.length() / 40));
		int start = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			var c = text.charAt(i);
			if (c == '\n') {
				lines.add(text.substring(start, i + 1));
				start = i + 1;
			} else if (c == '\r') {
				var end = i + 1 < length && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
				lines.add(text.substring(start, end));
				start = end;
				i = end - 1;
			}
		}
		if (start < length) {
			lines.add(text.substring(start));
		}
		return lines;
	}

	/** A line without its line end. */
	public static String content(String line) {
		return line.substring(0, line.length() - ending(line).length());
	}

	/** A line's end: {@code "\r\n"}, {@code "\n"}, {@code "\r"} or none. */
	public static String ending(String line) {
		if (line.endsWith("\r\n")) {
			return "\r\n";
		}
		if (line.endsWith("\n")) {
			return "\n";
		}
		return line.endsWith("\r") ? "\r" : "";
	}

	public static List<String> contents(List<String> lines) {
		var contents = new ArrayList<String>(lines.size());
		for (var line : lines) {
			contents.add(content(line));
		}
		return contents;
	}

	/** The line end most of the text's lines use; {@code "\n"} for a text without any. */
	public static String dominantEnding(List<String> lines) {
		int crlf = 0;
		int lf = 0;
		int cr = 0;
		for (var line : lines) {
			switch (ending(line)) {
			case "\r\n" -> crlf++;
			case "\n" -> lf++;
			case "\r" -> cr++;
			default -> {
				// the last line, without an end
			}
			}
		}
		if (crlf > lf && crlf >= cr) {
			return "\r\n";
		}
		return cr > lf ? "\r" : "\n";
	}

	public static String join(List<String> lines) {
		var size = 0;
		for (var line : lines) {
			size += line.length();
		}
		var text = new StringBuilder(size);
		for (var line : lines) {
			text.append(line);
		}
		return text.toString();
	}

	/** Gives every line but the last a line end: a kept last line of the file may have had none. */
	static void endAllButLast(List<String> lines, String ending) {
		for (int i = 0; i < lines.size() - 1; i++) {
			if (ending(lines.get(i)).isEmpty()) {
				lines.set(i, lines.get(i) + ending);
			}
		}
	}

	/** The leading spaces and tabs of a line. */
	public static String indent(String content) {
		int i = 0;
		while (i < content.length() && (content.charAt(i) == ' ' || content.charAt(i) == '\t')) {
			i++;
		}
		return content.substring(0, i);
	}

	public static boolean isBlank(String content) {
		return content.isBlank();
	}
}
