package dev.piassistant.ui.internal.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;

/** Opens a Pi Assistant preference page in the real Preferences dialog, presses its buttons, closes it. */
final class PreferencePages implements AutoCloseable {

	private PreferenceDialog dialog;

	<T> T open(String pageId, Class<T> type) {
		var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		dialog = PreferencesUtil.createPreferenceDialogOn(shell, pageId, null, null);
		dialog.setBlockOnOpen(false);
		assertEquals(Window.OK, dialog.open());
		return type.cast(dialog.getSelectedPage());
	}

	/** Presses one of the page's own buttons (Apply, Restore Defaults). */
	static void press(PreferencePage page, String label) {
		var button = find(page.getControl(), label);
		assertNotNull(button, "the page has a " + label + " button");
		button.notifyListeners(SWT.Selection, new Event());
	}

	static Button find(Control control, String label) {
		if (control instanceof Button button && button.getText().replace("&", "").equals(label)) {
			return button;
		}
		if (control instanceof Composite composite) {
			for (var child : composite.getChildren()) {
				var found = find(child, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Runs the event loop until the condition holds, for 20 s at the most: pages change as their jobs end. */
	static void waitFor(BooleanSupplier condition) {
		var display = Display.getCurrent();
		var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not in 20 s");
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionError("interrupted");
				}
			}
		}
	}

	/** Cancels the dialog as its Cancel button does: every page is asked, nothing is stored. */
	void cancel(PreferencePage page) {
		page.performCancel();
		dialog.close();
		Display.getCurrent().readAndDispatch();
	}

	@Override
	public void close() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
	}
}
