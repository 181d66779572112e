package dev.piassistant.ui.training.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Drives SWT the way a user would, from the UI thread the tests run on. */
final class Ui {

	private Ui() {
	}

	/** Runs the event loop until the condition holds; fails with what was awaited. */
	static void spinUntil(String what, BooleanSupplier condition, Duration timeout) {
		var display = Display.getCurrent();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Timed out after " + timeout.toSeconds() + " s waiting until " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> {
				});
				display.sleep();
			}
		}
	}

	static void click(Control control) {
		control.notifyListeners(SWT.Selection, new Event());
	}

	/** What the shell shows on screen, as a PNG file. */
	static Path screenshot(Shell shell, Path file) throws IOException {
		var display = shell.getDisplay();
		var bounds = shell.getBounds();
		var image = new Image(display, bounds.width, bounds.height);
		var gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			Files.createDirectories(file.getParent());
			var loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
