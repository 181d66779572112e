package dev.piassistant.ui.plan.internal.editor;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/** Drives SWT the way a user would, from the UI thread the tests run on. */
public final class Ui {

	public static final Duration PATIENCE = Duration.ofSeconds(20);

	private Ui() {
	}

	/** Runs the event loop until the condition holds; fails with what was awaited. */
	public static void spinUntil(String what, BooleanSupplier condition) {
		spinUntil(what, condition, PATIENCE);
	}

	public static void spinUntil(String what, BooleanSupplier condition, Duration timeout) {
		var display = Display.getCurrent();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Timed out after " + timeout.toSeconds() + " s waiting until " + what);
			}
			spinOnce(display);
		}
	}

	/** Lets the UI run for a while, as a user would just watch. */
	public static void spin(Duration duration) {
		var display = Display.getCurrent();
		long end = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < end) {
			spinOnce(display);
		}
	}

	private static void spinOnce(Display display) {
		if (!display.readAndDispatch()) {
			display.timerExec(10, () -> {
			});
			display.sleep();
		}
	}

	public static void pressEnter(Control control) {
		var event = new Event();
		event.keyCode = SWT.CR;
		event.character = '\r';
		control.notifyListeners(SWT.KeyDown, event);
	}

	/** A key press as the user types it, with modifiers such as {@code SWT.ALT}. */
	public static void key(Control control, int keyCode, int stateMask) {
		var event = new Event();
		event.keyCode = keyCode;
		event.stateMask = stateMask;
		event.doit = true;
		control.notifyListeners(SWT.KeyDown, event);
	}

	public static void click(Control control) {
		control.notifyListeners(SWT.Selection, new Event());
	}
}
