package dev.piassistant.ui.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.testing.FailOnLoggedErrors;

/**
 * Prints what rendering a long answer costs next to a plain {@code setText} of the same text. The figures
 * are for reading, not asserted: timings on a shared build machine are too noisy to fail a build on.
 */
@ExtendWith(FailOnLoggedErrors.class)
class MarkdownRenderingCostTest {

	private static final int WARM_UP = 100;
	private static final int RUNS = 300;
	/** What a streaming frame typically adds. */
	private static final int FRAME = 40;

	private Shell shell;
	private StyledText widget;
	private final MarkdownStyler styler = new MarkdownStyler();

	@BeforeEach
	void openShell() {
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		widget = new StyledText(shell, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		shell.setSize(800, 600);
		shell.open();
	}

	@AfterEach
	void closeShell() {
		shell.dispose();
		styler.dispose();
	}

	@Test
	void printsTheCostOfRenderingALongAnswer() {
		var markdown = Samples.LONG_ANSWER;
		var plain = MarkdownDocument.parse(markdown).text();
		var shorter = markdown.substring(0, markdown.length() - FRAME);
		var plainShorter = MarkdownDocument.parse(shorter).text();

		double parse = mean(run -> MarkdownDocument.parse(markdown));
		double whole = mean(run -> {
			widget.setText("");
			styler.apply(widget, MarkdownDocument.parse(markdown));
		});
		double wholePeer = mean(run -> {
			widget.setText("");
			widget.setText(plain);
		});
		double frame = mean(run -> styler.apply(widget, MarkdownDocument.parse(run % 2 == 0 ? shorter : markdown)));
		double framePeer = mean(run -> widget.setText(run % 2 == 0 ? plainShorter : plain));
		double painted = mean(run -> {
			styler.apply(widget, MarkdownDocument.parse(run % 2 == 0 ? shorter : markdown));
			widget.update();
		});
		double paintedPeer = mean(run -> {
			widget.setText(run % 2 == 0 ? plainShorter : plain);
			widget.update();
		});

		System.out.printf(Locale.ROOT, "Markdown rendering of a %d-character answer (%d-character text), mean of %d runs:%n",
				markdown.length(), plain.length(), RUNS);
		System.out.printf(Locale.ROOT, "  parse only:                          %7.3f ms%n", parse);
		print("whole message into an emptied widget", whole, wholePeer);
		print("streaming frame (+" + FRAME + " characters)", frame, framePeer);
		print("streaming frame, painted", painted, paintedPeer);
		assertTrue(parse > 0 && whole > 0 && frame > 0);
	}

	private static void print(String what, double markdown, double peer) {
		System.out.printf(Locale.ROOT, "  %-37s %7.3f ms parse+apply, %7.3f ms setText, ratio %.1f%n", what + ":", markdown,
				peer, markdown / peer);
	}

	/** Milliseconds per run after a warm-up, with the UI's pending events handled between runs as between frames. */
	private double mean(IntConsumer action) {
		for (int run = 0; run < WARM_UP; run++) {
			action.accept(run);
		}
		long nanos = 0;
		for (int run = 0; run < RUNS; run++) {
			long start = System.nanoTime();
			action.accept(run);
			nanos += System.nanoTime() - start;
			drainEvents();
		}
		return nanos / 1e6 / RUNS;
	}

	private void drainEvents() {
		var display = widget.getDisplay();
		while (display.readAndDispatch()) {
			// Only drains; what the events cost is not what is measured here.
		}
	}
}
