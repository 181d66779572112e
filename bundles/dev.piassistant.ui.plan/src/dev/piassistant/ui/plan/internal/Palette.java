package dev.piassistant.ui.plan.internal;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;

import dev.piassistant.core.plan.StepState;
import dev.piassistant.ui.plan.internal.model.EntryStatus;
import dev.piassistant.ui.plan.internal.model.ToolKind;

/**
 * Colours for drawn content, fitted to the theme: the platform's themes set the widgets' background, and a
 * dark background gets lighter, softer colours. SWT colours hold no OS resources now: nothing to dispose.
 */
public final class Palette {

	private final boolean dark;
	private final Color background;
	private final Color foreground;

	public Palette(Control control) {
		background = control.getBackground();
		foreground = control.getForeground();
		var rgb = background.getRGB();
		dark = (rgb.red * 299 + rgb.green * 587 + rgb.blue * 114) / 1000 < 128;
	}

	public boolean isDark() {
		return dark;
	}

	public Color background() {
		return background;
	}

	public Color foreground() {
		return foreground;
	}

	/** Lines and text of less weight: halfway to the background. */
	public Color muted() {
		return mix(foreground.getRGB(), background.getRGB(), 0.5);
	}

	/** A faint fill: grid lines, lanes. */
	public Color faint() {
		return mix(foreground.getRGB(), background.getRGB(), 0.88);
	}

	public Color kind(ToolKind kind) {
		return switch (kind) {
		case SHELL -> pick(new RGB(214, 137, 16), new RGB(240, 173, 78));
		case FILE -> pick(new RGB(46, 117, 182), new RGB(110, 168, 235));
		case GIT -> pick(new RGB(196, 72, 40), new RGB(238, 128, 98));
		case MODEL -> pick(new RGB(126, 87, 194), new RGB(179, 157, 219));
		case ML -> pick(new RGB(0, 137, 123), new RGB(77, 208, 190));
		case PLAN -> pick(new RGB(96, 125, 139), new RGB(144, 164, 174));
		case WAIT -> pick(new RGB(175, 180, 43), new RGB(212, 218, 100));
		case OTHER -> pick(new RGB(120, 120, 120), new RGB(170, 170, 170));
		};
	}

	public Color problem() {
		return pick(new RGB(200, 30, 30), new RGB(255, 110, 100));
	}

	public Color success() {
		return pick(new RGB(46, 125, 50), new RGB(129, 199, 132));
	}

	public Color active() {
		return pick(new RGB(25, 118, 210), new RGB(100, 181, 246));
	}

	public Color state(StepState state) {
		return switch (state) {
		case RUNNING -> active();
		case DONE -> success();
		case FAILED -> problem();
		case BLOCKED -> kind(ToolKind.SHELL);
		case PENDING, SKIPPED -> muted();
		};
	}

	public Color status(EntryStatus status) {
		return status.isProblem() ? problem() : status == EntryStatus.DONE ? success() : status.isOpen() ? active() : muted();
	}

	/** The critical path's colour. */
	public Color critical() {
		return pick(new RGB(216, 67, 21), new RGB(255, 138, 101));
	}

	private Color pick(RGB light, RGB darkColour) {
		return new Color(dark ? darkColour : light);
	}

	private static Color mix(RGB a, RGB b, double towardB) {
		return new Color(new RGB(channel(a.red, b.red, towardB), channel(a.green, b.green, towardB), channel(a.blue, b.blue, towardB)));
	}

	private static int channel(int a, int b, double towardB) {
		return (int) Math.round(a + (b - a) * towardB);
	}
}
