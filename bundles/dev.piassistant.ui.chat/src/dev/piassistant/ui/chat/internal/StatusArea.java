package dev.piassistant.ui.chat.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The status line under the chat. It says only what holds now: a notice about the user's last action (an
 * empty message, no model) while it holds, else what runs, or the first start's welcome while nothing has.
 */
final class StatusArea {

	private final Label label;
	private String notice = "";
	private String welcome = "";

	StatusArea(Composite parent) {
		label = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(10, SWT.DEFAULT).indent(6, 2).applyTo(label);
	}

	String text() {
		return label.getText();
	}

	/** A notice about the user's last action, shown until the next event or until it no longer holds. */
	void tell(String message) {
		notice = message;
	}

	boolean hasNotice() {
		return !notice.isEmpty();
	}

	void forget() {
		notice = "";
	}

	void welcome(String message) {
		welcome = message;
	}

	/** A message went out: notices and the welcome have done their job. */
	void sent() {
		notice = "";
		welcome = "";
	}

	/** Shows the notice, else {@code status} (the welcome instead while that says only Ready). */
	void show(String status) {
		var text = !notice.isEmpty() ? notice : status.equals(Messages.Ready) && !welcome.isEmpty() ? welcome : status;
		if (!text.equals(label.getText())) {
			label.setText(text);
			label.getParent().layout(new Control[] { label });
		}
	}
}
