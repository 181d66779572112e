package dev.piassistant.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;

/**
 * Hands updates from worker threads to the display thread in batches, at most one batch per frame. A
 * model streaming hundreds of tokens a second thus costs the UI thread about 60 runnables a second, and
 * the UI applies each batch in one go (one re-render per frame, not per token).
 *
 * @param <T> the update type; order is kept
 */
public final class UiPump<T> {

	/** About one screen refresh. */
	public static final int DEFAULT_FRAME_MILLIS = 16;

	private final Display display;
	private final int frameMillis;
	private final Consumer<List<T>> consumer;
	private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
	private final AtomicBoolean scheduled = new AtomicBoolean();
	private volatile boolean disposed;

	public UiPump(Display display, int frameMillis, Consumer<List<T>> consumer) {
		this.display = display;
		this.frameMillis = frameMillis;
		this.consumer = consumer;
	}

	/** Queues an update; callable from any thread. */
	public void post(T update) {
		if (disposed) {
			return;
		}
		queue.add(update);
		if (scheduled.compareAndSet(false, true)) {
			schedule();
		}
	}

	private void schedule() {
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (!disposed) {
				display.timerExec(frameMillis, this::drain);
			}
		});
	}

	private void drain() {
		scheduled.set(false);
		var batch = new ArrayList<T>();
		for (T update; (update = queue.poll()) != null;) {
			batch.add(update);
		}
		if (!batch.isEmpty() && !disposed) {
			consumer.accept(batch);
		}
	}

	/** Stops delivering; queued updates are dropped. */
	public void dispose() {
		disposed = true;
		queue.clear();
	}
}
