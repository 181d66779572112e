package dev.piassistant.ui.chat.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long work posted to the display thread waits, as a user feels it: a background thread
 * posts a tiny runnable every 20 ms and records the longest wait until it ran.
 */
final class Responsiveness implements AutoCloseable {

	private final AtomicLong worstNanos = new AtomicLong();
	private final Thread prober;
	private volatile boolean running = true;

	Responsiveness(Display display) {
		prober = new Thread(() -> probe(display), "UI responsiveness probe");
		prober.setDaemon(true);
		prober.start();
	}

	private void probe(Display display) {
		while (running && !display.isDisposed()) {
			long posted = System.nanoTime();
			display.asyncExec(() -> worstNanos.accumulateAndGet(System.nanoTime() - posted, Math::max));
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	Duration worstWait() {
		return Duration.ofNanos(worstNanos.get());
	}

	@Override
	public void close() {
		running = false;
		prober.interrupt();
	}
}
