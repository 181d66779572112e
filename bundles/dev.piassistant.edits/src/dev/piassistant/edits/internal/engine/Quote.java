package dev.piassistant.edits.internal.engine;

import java.util.List;

/**
 * Builds the lines that replace a matched region: the file's own lines where the edit keeps a line (so whitespace
 * the model got wrong in its quote never reaches the file), the model's lines where it adds one, re-indented when
 * the match had to forgive indentation, and ended as the file ends its lines.
 */
final class Quote {

	private final Matcher file;
	private final int start;
	private final String ending;
	private String fileIndent = "";
	private String quoteIndent = "";

	Quote(Matcher file, int start, Fuzz fuzz, List<String> quote, String ending) {
		this.file = file;
		this.start = start;
		this.ending = ending;
		if (fuzz == Fuzz.INDENT || fuzz == Fuzz.SPACES) {
			for (int i = 0; i < quote.size(); i++) {
				if (!quote.get(i).isBlank()) {
					fileIndent = Lines.indent(file.line(start + i));
					quoteIndent = Lines.indent(quote.get(i));
					break;
				}
			}
		}
	}

	/** The file's line at this index of the quote, as it is in the file (with its end). */
	String kept(List<String> fileLines, int quoteIndex) {
		return fileLines.get(start + quoteIndex);
	}

	/** A line the model adds, in the file's indentation and line end. */
	String added(String content) {
		if (!quoteIndent.equals(fileIndent) && content.startsWith(quoteIndent)) {
			content = fileIndent + content.substring(quoteIndent.length());
		}
		return content + ending;
	}

	Matcher file() {
		return file;
	}
}
