package dev.piassistant.ui.plan.internal;

import org.eclipse.swt.graphics.GC;

/** Text cut to a width, with an ellipsis, for drawn labels. */
public final class Clip {

	private Clip() {
	}

	public static String of(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		var clipped = text;
		while (clipped.length() > 1 && gc.textExtent(clipped + "\u2026").x > width) {
			clipped = clipped.substring(0, clipped.length() - 1);
		}
		return clipped + "\u2026";
	}
}
