package dev.piassistant.ui.training.internal;

import java.awt.image.BufferedImage;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.JFreeChart;

import dev.piassistant.core.training.EpochMetrics;

/**
 * Shows the run's curves: JFreeChart draws them into an image of the canvas's size, which the canvas paints.
 * A live run redraws at most every {@value #REDRAW_MILLIS} ms however fast its epochs come.
 */
final class ChartCanvas {

	static final int REDRAW_MILLIS = 150;

	private final Canvas canvas;
	private List<EpochMetrics> epochs = List.of();
	private @Nullable Image image;
	private @Nullable JFreeChart chart;
	private boolean scheduled;

	ChartCanvas(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		canvas.addPaintListener(event -> {
			var shown = image();
			if (shown != null) {
				event.gc.drawImage(shown, 0, 0);
			} else {
				event.gc.drawText(Messages.Chart_Empty, 10, 10);
			}
		});
		canvas.addListener(SWT.Resize, event -> invalidate());
		canvas.addDisposeListener(event -> invalidate());
	}

	/** Shows these epochs, soon. */
	void show(List<EpochMetrics> shown) {
		epochs = List.copyOf(shown);
		if (!scheduled && !canvas.isDisposed()) {
			scheduled = true;
			canvas.getDisplay().timerExec(REDRAW_MILLIS, () -> {
				scheduled = false;
				if (!canvas.isDisposed()) {
					invalidate();
					canvas.redraw();
				}
			});
		}
	}

	/** Epochs the chart on screen shows (after its next paint). */
	int points() {
		var drawn = chart;
		return drawn == null ? 0 : Curves.points(drawn);
	}

	Canvas control() {
		return canvas;
	}

	private @Nullable Image image() {
		var area = canvas.getClientArea();
		if (image == null && !epochs.isEmpty() && area.width > 20 && area.height > 20) {
			var drawn = Curves.of(epochs);
			image = new Image(canvas.getDisplay(), toSwt(drawn.createBufferedImage(area.width, area.height)));
			chart = drawn;
		}
		return image;
	}

	private void invalidate() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}

	/** Copies an AWT image's pixels into SWT's format (24-bit RGB). */
	static ImageData toSwt(BufferedImage awt) {
		int width = awt.getWidth();
		int height = awt.getHeight();
		var data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		var row = new int[width];
		for (int y = 0; y < height; y++) {
			awt.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x++) {
				row[x] &= 0xFFFFFF;
			}
			data.setPixels(0, y, width, row, 0);
		}
		return data;
	}
}
