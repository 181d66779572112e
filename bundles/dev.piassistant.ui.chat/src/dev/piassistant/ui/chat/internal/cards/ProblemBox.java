package dev.piassistant.ui.chat.internal.cards;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** What went wrong, what to do about it, and the ways out as links: in a failed answer or task. */
final class ProblemBox {

	private ProblemBox() {
	}

	/**
	 * @param openProviders null when the Providers page would not help
	 */
	static void fill(Composite box, String message, String hint, Runnable sendAgain, Runnable openProviders) {
		var headline = CardStyle.bold(CardStyle.wrapping(box, message));
		KeptColours.foreground(headline, box.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		CardStyle.wrapping(box, hint);
		CardStyle.link(box, Messages.SendAgain, sendAgain);
		if (openProviders != null) {
			CardStyle.link(box, Messages.OpenProviders, openProviders);
		}
		CardStyle.paint(box, CardStyle.tint(box.getParent(), CardStyle.Tint.PROBLEM));
	}
}
