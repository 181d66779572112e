package dev.piassistant.ui.markdown;

/**
 * A style over a range of {@link MarkdownDocument#text()}. Spans may overlap (bold inside a quote).
 *
 * @param url the link target for {@link SpanStyle#LINK}, otherwise {@code null}
 */
public record StyleSpan(int start, int length, SpanStyle style, String url) {

	public int end() {
		return start + length;
	}
}
