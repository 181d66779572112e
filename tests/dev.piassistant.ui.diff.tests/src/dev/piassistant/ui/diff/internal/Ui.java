package dev.piassistant.ui.diff.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Drives SWT the way a user would, from the UI thread the tests run on. */
final class Ui {

	static final Duration PATIENCE = Duration.ofSeconds(20);

	private Ui() {
	}

	/** Runs the event loop until the condition holds; fails with what was awaited. */
	static void spinUntil(String what, BooleanSupplier condition) {
		spinUntil(what, condition, PATIENCE);
	}

	static void spinUntil(String what, BooleanSupplier condition, Duration timeout) {
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
	static void spin(Duration duration) {
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
}
