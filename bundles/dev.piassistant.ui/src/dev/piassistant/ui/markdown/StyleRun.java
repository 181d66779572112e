package dev.piassistant.ui.markdown;

import java.util.Objects;

/**
 * A stretch of text with one combination of styles: what remains of overlapping {@link StyleSpan}s once
 * they are cut at every boundary.
 *
 * @param styles the {@link SpanStyle#bit()}s that apply
 * @param url    the link target when {@link SpanStyle#LINK} applies, otherwise {@code null}
 */
record StyleRun(int start, int length, int styles, String url) {

	boolean has(SpanStyle style) {
		return (styles & style.bit()) != 0;
	}

	int end() {
		return start + length;
	}

	boolean continues(StyleRun previous) {
		return previous.end() == start && previous.styles == styles && Objects.equals(previous.url, url);
	}

	StyleRun joinedTo(StyleRun previous) {
		return new StyleRun(previous.start, previous.length + length, styles, url);
	}

	/** The same look without a position, to share one StyleRange between runs that look alike. */
	StyleRun look() {
		return new StyleRun(0, 0, styles, url);
	}
}
