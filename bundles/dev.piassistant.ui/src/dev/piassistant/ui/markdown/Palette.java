package dev.piassistant.ui.markdown;

import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * The colours markdown adds, derived from the widget's own colours so that they suit light and dark themes
 * alike. Device-less colours hold no system resource, so there is nothing to dispose.
 */
record Palette(Color codeBackground, Color link, Color quote) {

	static Palette of(StyledText widget) {
		var background = widget.getBackground().getRGB();
		var foreground = widget.getForeground().getRGB();
		return new Palette(new Color(mix(foreground, background, 0.07)), link(widget),
				new Color(mix(foreground, background, 0.6)));
	}

	private static Color link(StyledText widget) {
		var themed = JFaceResources.getColorRegistry().get(JFacePreferences.HYPERLINK_COLOR);
		return themed != null ? themed : widget.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND);
	}

	/** {@code share} of {@code ink} over {@code paper}. */
	static RGB mix(RGB ink, RGB paper, double share) {
		return new RGB(mix(ink.red, paper.red, share), mix(ink.green, paper.green, share),
				mix(ink.blue, paper.blue, share));
	}

	private static int mix(int ink, int paper, double share) {
		return (int) Math.round(ink * share + paper * (1 - share));
	}
}
