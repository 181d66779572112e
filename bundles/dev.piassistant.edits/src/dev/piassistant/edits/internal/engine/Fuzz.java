package dev.piassistant.edits.internal.engine;

/**
 * How loosely lines are compared, from exact to whitespace-blind. Each level forgives more of what models get
 * wrong in the text they quote (trailing spaces, tabs for spaces, re-flowed indentation) and is trusted a little
 * less.
 */
public enum Fuzz {
	/** The same characters (line ends aside). */
	EXACT(1.0),
	/** The same but for trailing whitespace. */
	TRAILING(0.99),
	/** The same but for leading and trailing whitespace. */
	INDENT(0.97),
	/** The same words: every run of whitespace counts as one space, and none at the ends. */
	SPACES(0.95);

	private final double confidence;

	Fuzz(double confidence) {
		this.confidence = confidence;
	}

	/** How sure a match at this level is of being the place meant. */
	public double confidence() {
		return confidence;
	}

	public String normalize(String content) {
		return switch (this) {
		case EXACT -> content;
		case TRAILING -> content.stripTrailing();
		case INDENT -> content.strip();
		case SPACES -> collapse(content);
		};
	}

	private static String collapse(String content) {
		var text = new StringBuilder(content.length());
		var space = false;
		for (int i = 0; i < content.length(); i++) {
			var c = content.charAt(i);
			if (Character.isWhitespace(c)) {
				space = text.length() > 0;
			} else {
				if (space) {
					text.append(' ');
					space = false;
				}
				text.append(c);
			}
		}
		return text.toString();
	}
}
