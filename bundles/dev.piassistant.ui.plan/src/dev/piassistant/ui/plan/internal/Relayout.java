package dev.piassistant.ui.plan.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * Sets texts and lays out only what changed. Measuring wrapped labels is dear on GTK, and a task sends many
 * events a second: laying a whole panel out for each would keep the display thread busy.
 */
public final class Relayout {

	private final List<Control> changed = new ArrayList<>();

	public void text(Label label, String text) {
		if (!label.getText().equals(text)) {
			label.setText(text);
			changed.add(label);
		}
	}

	public void visible(Control control, boolean visible) {
		if (control.getVisible() != visible) {
			control.setVisible(visible);
			changed.add(control);
		}
	}

	/** Lays out the changed controls within {@code root}, if any changed; returns whether any did. */
	public boolean apply(Composite root) {
		if (changed.isEmpty()) {
			return false;
		}
		root.layout(changed.toArray(Control[]::new));
		changed.clear();
		return true;
	}
}
