package dev.piassistant.ui.markdown;

import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Font;

/** Turns a run's combination of styles into the StyleRange that shows it. */
final class RangeStyles {

	private static final List<SpanStyle> HEADINGS = List.of(SpanStyle.HEADING_1, SpanStyle.HEADING_2, SpanStyle.HEADING_3);

	private final HeadingFonts headings;
	private final Palette palette;

	RangeStyles(HeadingFonts headings, Palette palette) {
		this.headings = headings;
		this.palette = palette;
	}

	StyleRange of(StyleRun run) {
		var style = new StyleRange();
		style.font = font(run);
		style.fontStyle = (run.has(SpanStyle.STRONG) ? SWT.BOLD : 0) | (run.has(SpanStyle.EMPHASIS) ? SWT.ITALIC : 0);
		style.background = run.has(SpanStyle.CODE) ? palette.codeBackground() : null;
		style.foreground = run.has(SpanStyle.QUOTE) ? palette.quote() : null;
		style.strikeout = run.has(SpanStyle.STRIKETHROUGH);
		if (run.has(SpanStyle.LINK)) {
			linked(style, run.url());
		}
		return style;
	}

	private void linked(StyleRange style, String url) {
		style.foreground = palette.link();
		style.underline = true;
		style.underlineStyle = SWT.UNDERLINE_LINK;
		style.data = url;
	}

	private Font font(StyleRun run) {
		if (run.has(SpanStyle.CODE) || run.has(SpanStyle.CODE_BLOCK) || run.has(SpanStyle.TABLE)) {
			// A range's own font overrides its font style, so bold or italic text (a table's header) takes that font.
			var fonts = JFaceResources.getFontRegistry();
			return run.has(SpanStyle.STRONG) ? fonts.getBold(JFaceResources.TEXT_FONT)
					: run.has(SpanStyle.EMPHASIS) ? fonts.getItalic(JFaceResources.TEXT_FONT) : JFaceResources.getTextFont();
		}
		for (var level : HEADINGS) {
			if (run.has(level)) {
				return headings.of(level);
			}
		}
		return null;
	}
}
