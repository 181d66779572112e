package dev.piassistant.ui.chat.internal.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An answer cut into prose and the fenced code blocks between it, so that prose wraps to the view's width
 * while code keeps its lines and indentation and scrolls sideways. Only fences at the top level count (a
 * fence inside a list or quote stays in the prose); an unclosed fence, as one streams in, runs to the end.
 */
final class Segments {

	/** Prose (markdown) or a code block (its code and language). */
	record Segment(boolean code, String text, String language) {
	}

	private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*([^`\\s]*).*$");

	private Segments() {
	}

	static List<Segment> of(String markdown) {
		var segments = new ArrayList<Segment>();
		var prose = new StringBuilder();
		var code = new StringBuilder();
		String fence = null;
		String language = "";
		for (var line : markdown.split("\n", -1)) {
			if (fence == null) {
				var opening = FENCE.matcher(line);
				if (opening.matches()) {
					flushProse(segments, prose);
					fence = opening.group(1);
					language = opening.group(2);
				} else {
					prose.append(line).append('\n');
				}
			} else if (closes(line, fence)) {
				segments.add(new Segment(true, withoutLastNewline(code), language));
				code.setLength(0);
				fence = null;
			} else {
				code.append(line).append('\n');
			}
		}
		if (fence != null) {
			segments.add(new Segment(true, withoutLastNewline(code), language));
		}
		flushProse(segments, prose);
		return segments;
	}

	private static boolean closes(String line, String fence) {
		var stripped = line.strip();
		return line.indexOf(fence.charAt(0)) <= 3 && stripped.length() >= fence.length()
				&& stripped.chars().allMatch(c -> c == fence.charAt(0));
	}

	private static void flushProse(List<Segment> segments, StringBuilder prose) {
		var text = prose.toString().strip();
		if (!text.isEmpty()) {
			segments.add(new Segment(false, text, ""));
		}
		prose.setLength(0);
	}

	private static String withoutLastNewline(StringBuilder code) {
		var text = code.toString();
		return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
	}
}
