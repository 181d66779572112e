package dev.piassistant.ui.markdown;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;

/** Bold, larger versions of a base font for the three heading levels; owned and disposed by the styler. */
final class HeadingFonts {

	private static final Map<SpanStyle, Double> SCALES = Map.of(SpanStyle.HEADING_1, 1.5, SpanStyle.HEADING_2,
			1.3, SpanStyle.HEADING_3, 1.15);

	private final Map<SpanStyle, Font> fonts = new EnumMap<>(SpanStyle.class);

	HeadingFonts(Font base) {
		SCALES.forEach((style, scale) -> fonts.put(style, derive(base, scale)));
	}

	/** The font for a heading style, or {@code null} for any other style. */
	Font of(SpanStyle style) {
		return fonts.get(style);
	}

	void dispose() {
		fonts.values().forEach(Font::dispose);
	}

	private static Font derive(Font base, double scale) {
		var data = base.getFontData();
		Arrays.stream(data).forEach(each -> {
			each.setHeight((int) Math.round(each.getHeight() * scale));
			each.setStyle(each.getStyle() | SWT.BOLD);
		});
		return new Font(base.getDevice(), data);
	}
}
