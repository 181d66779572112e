package dev.piassistant.ui.chat.internal.cards;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Widget;

/**
 * Colours the cards set on purpose (tints, muted and warning text), kept against the workbench's CSS theme.
 * The theme engine styles every new or reskinned widget on the display's {@link SWT#Skin} event, after the
 * card drew it, and would give it the theme's plain colours; a listener registered after the engine's (the
 * workbench styles itself before any view opens) sets the card's colours again on the same event.
 */
final class KeptColours {

	private static final String BACKGROUND = "dev.piassistant.background";
	private static final String FOREGROUND = "dev.piassistant.foreground";
	private static final String HOOKED = "dev.piassistant.keptColours";

	private KeptColours() {
	}

	static void background(Control control, Color colour) {
		control.setBackground(colour);
		control.setData(BACKGROUND, colour);
		hook(control.getDisplay());
	}

	static void foreground(Control control, Color colour) {
		control.setForeground(colour);
		control.setData(FOREGROUND, colour);
		hook(control.getDisplay());
	}

	private static void hook(Display display) {
		if (display.getData(HOOKED) == null) {
			display.setData(HOOKED, Boolean.TRUE);
			display.addListener(SWT.Skin, event -> restore(event.widget));
		}
	}

	private static void restore(Widget widget) {
		if (widget instanceof Control control && !control.isDisposed()) {
			if (control.getData(BACKGROUND) instanceof Color colour) {
				control.setBackground(colour);
			}
			if (control.getData(FOREGROUND) instanceof Color colour) {
				control.setForeground(colour);
			}
		}
	}
}
