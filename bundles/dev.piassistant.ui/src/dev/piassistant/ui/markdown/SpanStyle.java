package dev.piassistant.ui.markdown;

/** How a stretch of rendered markdown is shown. Headings below level 3 use {@link #HEADING_3}. */
public enum SpanStyle {
	STRONG, EMPHASIS, CODE, CODE_BLOCK, HEADING_1, HEADING_2, HEADING_3, LINK, QUOTE, STRIKETHROUGH,
	/** A table's aligned columns, which need the text font. */
	TABLE;

	static SpanStyle heading(int level) {
		return level <= 1 ? HEADING_1 : level == 2 ? HEADING_2 : HEADING_3;
	}

	int bit() {
		return 1 << ordinal();
	}
}
