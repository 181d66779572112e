package dev.piassistant.ui.markdown;

import org.eclipse.swt.custom.StyledText;

/**
 * Shows a {@link MarkdownDocument} in a StyledText: code in the text font on a subtle background, headings
 * larger and bold, links underlined in the link colour, quotes muted. Meant to be called on every frame
 * while an answer streams in, so it changes only what differs from the last call.
 * <p>
 * One styler may serve many widgets; its heading fonts are derived from the first widget's font. It owns
 * them: dispose it after the widgets it styled. It takes the text it finds in a widget as the last one it
 * rendered there, minus any change made since, so other code must not restyle a widget it styles.
 */
public final class MarkdownStyler {

	private static final String APPLIED = MarkdownStyler.class.getName();

	private record Applied(MarkdownDocument document, Palette palette) {
	}

	private HeadingFonts headings;
	private boolean disposed;

	public void apply(StyledText widget, MarkdownDocument document) {
		if (disposed) {
			throw new IllegalStateException("This markdown styler has been disposed.");
		}
		var palette = Palette.of(widget);
		var applied = new Applied(document, palette);
		boolean textChanged = WidgetUpdate.text(widget, document.text());
		if (textChanged || !applied.equals(widget.getData(APPLIED))) {
			WidgetUpdate.styles(widget, StyleRuns.of(document.spans()), new RangeStyles(headings(widget), palette));
			WidgetUpdate.lineBackgrounds(widget, document.codeBlocks(), palette.codeBackground());
			widget.setData(APPLIED, applied);
		}
	}

	/** The target of the link at a text offset, for a click handler; {@code null} where there is none. */
	public String linkAt(StyledText widget, int offset) {
		if (offset < 0 || offset >= widget.getCharCount()) {
			return null;
		}
		var style = widget.getStyleRangeAtOffset(offset);
		return style != null && style.data instanceof String url ? url : null;
	}

	/** Releases the fonts this styler made. The widgets it styled must be disposed or restyled first. */
	public void dispose() {
		if (headings != null) {
			headings.dispose();
		}
		disposed = true;
	}

	private HeadingFonts headings(StyledText widget) {
		if (headings == null) {
			headings = new HeadingFonts(widget.getFont());
		}
		return headings;
	}
}
