package dev.piassistant.edits.internal.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the lines that replace a matched region: the file's own lines where the edit keeps a line (so whitespace
 * the model got wrong in its quote never reaches the file), the model's lines where it adds one, re-indented when
 * the match had to forgive indentation, and ended as the file ends its lines.
 */
final class Quote {

	private final int start;
	private final String ending;
	/** The quote's indentations and the file's for the same lines. */
	private final Map<String, String> indents = new HashMap<>();
	private int spacesPerTab;
	private boolean fileTabs;

	Quote(Matcher file, int start, Fuzz fuzz, List<String> quote, String ending) {
		this.start = start;
		this.ending = ending;
		if (fuzz == Fuzz.INDENT || fuzz == Fuzz.SPACES) {
			for (int i = 0; i < quote.size(); i++) {
				if (!quote.get(i).isBlank()) {
					learn(Lines.indent(quote.get(i)), Lines.indent(file.line(start + i)));
				}
			}
		}
	}

	/** Learns how the quote indents what the file indents otherwise, and tabs for spaces (or spaces for tabs). */
	private void learn(String quoted, String actual) {
		indents.putIfAbsent(quoted, actual);
		if (actual.isEmpty() || quoted.isEmpty()) {
			return;
		}
		if (allOf(actual, '\t') && allOf(quoted, ' ') && quoted.length() % actual.length() == 0) {
			fileTabs = true;
			spacesPerTab = quoted.length() / actual.length();
		} else if (allOf(actual, ' ') && allOf(quoted, '\t') && actual.length() % quoted.length() == 0) {
			fileTabs = false;
			spacesPerTab = actual.length() / quoted.length();
		}
	}

	/** The file's line at this index of the quote, as it is in the file (with its end). */
	String kept(List<String> fileLines, int quoteIndex) {
		return fileLines.get(start + quoteIndex);
	}

	/** A line the model adds, in the file's indentation and line end. */
	String added(String content) {
		if (indents.isEmpty()) {
			return content + ending;
		}
		var quoted = Lines.indent(content);
		return reindent(quoted) + content.substring(quoted.length()) + ending;
	}

	private String reindent(String quoted) {
		var known = indents.get(quoted);
		if (known != null) {
			return known;
		}
		var prefix = "";
		for (var key : indents.keySet()) {
			if (quoted.startsWith(key) && key.length() > prefix.length()) {
				prefix = key;
			}
		}
		return indents.getOrDefault(prefix, prefix) + convert(quoted.substring(prefix.length()));
	}

	/** Indentation beyond what the quote showed, in the file's own unit. */
	private String convert(String rest) {
		if (spacesPerTab == 0) {
			return rest;
		}
		if (fileTabs && allOf(rest, ' ')) {
			return "\t".repeat(rest.length() / spacesPerTab) + " ".repeat(rest.length() % spacesPerTab);
		}
		if (!fileTabs && allOf(rest, '\t')) {
			return " ".repeat(rest.length() * spacesPerTab);
		}
		return rest;
	}

	private static boolean allOf(String text, char c) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) != c) {
				return false;
			}
		}
		return true;
	}
}
