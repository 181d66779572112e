package dev.piassistant.core.llm;

/** Formats the provider's own words after our sentence. */
final class Details {

	private static final int MAX = 300;

	private Details() {
	}

	static String suffix(String detail) {
		if (detail == null || detail.isBlank()) {
			return ".";
		}
		var text = detail.strip().replaceAll("\\s+", " ");
		if (text.length() > MAX) {
			text = text.substring(0, MAX) + "...";
		}
		return ": " + text + (text.endsWith(".") ? "" : ".");
	}
}
