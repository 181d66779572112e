package dev.piassistant.ui.pump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.ui.UiPump;

/** A flood of updates from a worker reaches the display thread in order, complete, and in few batches. */
@ExtendWith(FailOnLoggedErrors.class)
class UiPumpTest {

	private static final int UPDATES = 100_000;

	@Test
	void aFloodOfDeltasArrivesInOrderInAFewBatches() throws Exception {
		var display = Display.getCurrent();
		var received = new ArrayList<Integer>();
		var batches = new AtomicInteger();
		var pump = new UiPump<Integer>(display, UiPump.DEFAULT_FRAME_MILLIS, batch -> {
			assertTrue(Display.getCurrent() == display, "batches are delivered on the display thread");
			batches.incrementAndGet();
			received.addAll(batch);
		});
		var producer = new Thread(() -> {
			for (int i = 0; i < UPDATES; i++) {
				pump.post(i);
				if (i % 1_000 == 0) {
					Thread.onSpinWait();
				}
			}
		});
		long started = System.nanoTime();
		producer.start();
		while (producer.isAlive() || received.size() < UPDATES) {
			if (!display.readAndDispatch()) {
				display.timerExec(5, () -> {
				});
				display.sleep();
			}
			assertTrue(System.nanoTime() - started < 30_000_000_000L, "all updates arrive");
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertEquals(UPDATES, received.size(), "nothing is lost");
		assertEquals(ordered(), received, "order is kept");
		assertTrue(batches.get() < 1_000, UPDATES + " updates took " + batches.get() + " batches");
		System.out.printf("UiPump: %,d updates in %,d ms reached the display thread in %d batches (%.0f updates per batch)%n",
				UPDATES, millis, batches.get(), (double) UPDATES / batches.get());
		pump.dispose();
	}

	/** A fast model: about 2,000 deltas a second for a second, in bursts of four every two milliseconds. */
	@Test
	void aSteadyStreamCostsTheDisplayThreadAboutOneRunnablePerFrame() throws Exception {
		var display = Display.getCurrent();
		var received = new AtomicInteger();
		var batches = new AtomicInteger();
		var pump = new UiPump<Integer>(display, UiPump.DEFAULT_FRAME_MILLIS, batch -> {
			batches.incrementAndGet();
			received.addAndGet(batch.size());
		});
		int deltas = 2_000;
		var producer = new Thread(() -> {
			for (int i = 0; i < deltas; i++) {
				pump.post(i);
				if (i % 4 == 3) {
					sleepQuietly(2);
				}
			}
		});
		long started = System.nanoTime();
		producer.start();
		while (producer.isAlive() || received.get() < deltas) {
			if (!display.readAndDispatch()) {
				display.timerExec(5, () -> {
				});
				display.sleep();
			}
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("UiPump: %,d deltas over %,d ms reached the display thread in %d batches (%.1f deltas per batch, %.1f ms per batch)%n",
				deltas, millis, batches.get(), (double) deltas / batches.get(), (double) millis / batches.get());
		assertTrue(batches.get() * 8 <= deltas, "the display thread handles batches, not deltas: " + batches.get() + " batches");
		pump.dispose();
	}

	private static void sleepQuietly(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void afterDisposeNothingIsDelivered() {
		var display = Display.getCurrent();
		var delivered = new AtomicInteger();
		var pump = new UiPump<String>(display, 1, batch -> delivered.addAndGet(batch.size()));
		pump.post("before");
		pump.dispose();
		pump.post("after");
		long end = System.nanoTime() + 200_000_000L;
		while (System.nanoTime() < end) {
			display.readAndDispatch();
		}
		assertEquals(0, delivered.get());
	}

	private static List<Integer> ordered() {
		var all = new ArrayList<Integer>(UPDATES);
		for (int i = 0; i < UPDATES; i++) {
			all.add(i);
		}
		return all;
	}
}
