package dev.piassistant.ui.chat.internal.cards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;

/** The look the cards share, after the message bubbles': wrapping labels, muted details, tinted boxes. */
public final class CardStyle {

	/** Tints that mark a card's kind against the transcript's background. */
	public enum Tint {
		/** The user's own messages. */
		USER(-14, -8, 0, 18, 22, 30),
		/** Something waits for the user. */
		ATTENTION(0, -6, -30, 30, 24, 0),
		/** Something went wrong. */
		PROBLEM(0, -16, -16, 34, 4, 4),
		/** A plan. */
		PLAN(-8, -4, -10, 10, 16, 10),
		/** A note from Pi Assistant about a message, not part of it. */
		NOTE(-10, -10, -10, 16, 16, 16);

		private final int[] light;
		private final int[] dark;

		Tint(int r, int g, int b, int darkR, int darkG, int darkB) {
			light = new int[] { r, g, b };
			dark = new int[] { darkR, darkG, darkB };
		}
	}

	/** Marks notes, whose tint {@link #paint(Composite, Color)} keeps. */
	private static final String NOTE_KEY = "dev.piassistant.note";

	private CardStyle() {
	}

	/** A background of the tint, lighter or darker than the parent's as the theme is. */
	public static Color tint(Composite parent, Tint tint) {
		var base = parent.getBackground().getRGB();
		var isDark = (base.red + base.green + base.blue) / 3 < 128;
		var shift = isDark ? tint.dark : tint.light;
		// Colours hold no OS resources in current SWT: nothing to dispose.
		return new Color(new RGB(channel(base.red + shift[0]), channel(base.green + shift[1]), channel(base.blue + shift[2])));
	}

	private static int channel(int value) {
		return Math.max(0, Math.min(255, value));
	}

	/** A label that wraps to whatever width the view has, however narrow. */
	public static Label wrapping(Composite parent, String text) {
		var label = new Label(parent, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(10, SWT.DEFAULT).applyTo(label);
		return label;
	}

	public static Label bold(Label label) {
		label.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
		return label;
	}

	public static Label muted(Label label) {
		KeptColours.foreground(label, label.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		return label;
	}

	/** A note of Pi Assistant's own: italic and muted on a grey tint, unlike anything a model writes. */
	public static Label note(Label label) {
		label.setFont(JFaceResources.getFontRegistry().getItalic(JFaceResources.DIALOG_FONT));
		muted(label);
		setApart(label);
		return label;
	}

	/** Gives a control the note tint, which {@link #paint(Composite, Color)} and the theme keep (notes, code). */
	public static void setApart(Control control) {
		KeptColours.background(control, tint(control.getParent(), Tint.NOTE));
		control.setData(NOTE_KEY, Boolean.TRUE);
	}

	public static Label monospace(Label label) {
		label.setFont(JFaceResources.getTextFont());
		return label;
	}

	public static Button button(Composite parent, String text, Runnable action) {
		var button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	public static Link link(Composite parent, String text, Runnable action) {
		var link = new Link(parent, SWT.NONE);
		link.setText(text);
		link.addListener(SWT.Selection, event -> action.run());
		return link;
	}

	/** Shows or hides a control, and lets the layout skip it while hidden. */
	public static void visible(Control control, boolean visible) {
		control.setVisible(visible);
		if (control.getLayoutData() instanceof GridData data) {
			data.exclude = !visible;
		}
	}

	/** Gives a composite and everything in it (but input fields and buttons) one background, kept against the theme. */
	public static void paint(Composite composite, Color background) {
		KeptColours.background(composite, background);
		for (var child : composite.getChildren()) {
			if (child.getData(NOTE_KEY) != null) {
				KeptColours.background(child, tint(composite, Tint.NOTE));
			} else if (child instanceof Composite inner && !(child instanceof Combo)) {
				paint(inner, background);
			} else if (!(child instanceof Text || child instanceof Button || child instanceof Combo)) {
				KeptColours.background(child, background);
			}
		}
	}

	/** Removes what a composite holds, to draw it anew. */
	public static void empty(Composite composite) {
		for (var child : composite.getChildren()) {
			child.dispose();
		}
	}
}
