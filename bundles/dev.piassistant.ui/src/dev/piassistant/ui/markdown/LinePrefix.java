package dev.piassistant.ui.markdown;

/** What a container writes at the start of each of its lines: a list marker once, then indentation. */
final class LinePrefix {

	private final String first;
	private final String rest;
	private boolean used;

	LinePrefix(String first, String rest) {
		this.first = first;
		this.rest = rest;
	}

	static LinePrefix quote() {
		return new LinePrefix("│ ", "│ ");
	}

	String next() {
		var prefix = used ? rest : first;
		used = true;
		return prefix;
	}

	/** What a blank line inside the container shows; nothing before the container has begun. */
	String blank() {
		return used ? rest : "";
	}

	int width() {
		return first.length();
	}
}
