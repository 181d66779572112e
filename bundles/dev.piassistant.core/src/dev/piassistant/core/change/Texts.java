package dev.piassistant.core.change;

/** Line counting shared by the change records. */
final class Texts {

	private Texts() {
	}

	/** Lines in a text: each line end ends one, and text after the last line end is one more. */
	static int lineCount(String text) {
		int lines = 0;
		for (int i = 0; i < text.length(); i++) {
			var c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
				lines++;
			}
		}
		var last = text.isEmpty() ? '\n' : text.charAt(text.length() - 1);
		return last == '\n' || last == '\r' ? lines : lines + 1;
	}
}
