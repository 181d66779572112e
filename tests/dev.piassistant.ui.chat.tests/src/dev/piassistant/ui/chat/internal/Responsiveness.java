package dev.piassistant.ui.chat.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long work posted to the display thread waits, as a user feels it: a background thread
 * posts a tiny runnable every 20 ms and records the longest wait until it ran. When a wait grows long, it
 * keeps where the display thread was, so a failure says what blocked it.
 */
final class Responsiveness implements AutoCloseable {

	private static final long STALL_NANOS = Duration.ofMillis(300).toNanos();

	private final AtomicLong worstNanos = new AtomicLong();
	private final AtomicReference<String> stall = new AtomicReference<>("");
	private final Thread prober;
	private final Thread uiThread;
	private volatile boolean running = true;

	Responsiveness(Display display) {
		uiThread = display.getThread();
		prober = new Thread(() -> probe(display), "UI responsiveness probe");
		prober.setDaemon(true);
		prober.start();
	}

	private void probe(Display display) {
		while (running && !display.isDisposed()) {
			long posted = System.nanoTime();
			var ran = new AtomicBoolean();
			display.asyncExec(() -> {
				ran.set(true);
				worstNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
			});
			try {
				Thread.sleep(20);
				while (running && !ran.get()) {
					if (System.nanoTime() - posted > STALL_NANOS && stall.get().isEmpty()) {
						stall.set(where(uiThread.getStackTrace()));
					}
					Thread.sleep(20);
				}
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	/** The innermost frames (what it did), then those that led there from the test's own code (who asked). */
	private static String where(StackTraceElement[] stack) {
		var firstOurs = 0;
		while (firstOurs < stack.length && !stack[firstOurs].getClassName().startsWith("dev.piassistant")) {
			firstOurs++;
		}
		var frames = new java.util.ArrayList<>(Arrays.asList(stack).subList(0, Math.min(8, stack.length)));
		frames.addAll(Arrays.asList(stack).subList(Math.max(8, firstOurs - 30), Math.min(stack.length, firstOurs + 4)));
		return frames.stream().map(Object::toString).collect(Collectors.joining("\n\tat ", "\n\tat ", ""));
	}

	Duration worstWait() {
		return Duration.ofNanos(worstNanos.get());
	}

	/** The worst wait, and where the display thread was when a wait first grew long. */
	String report() {
		return "worst wait " + worstWait() + stall.get();
	}

	@Override
	public void close() {
		running = false;
		prober.interrupt();
	}
}
