package dev.piassistant.planning.internal.loop;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Waits on the task's thread for something that happens on another (a model's answer, the user's answer),
 * while staying responsive to Stop: the wait ends as soon as the task is cancelled.
 */
final class Waiter {

	private static final long POLL_MILLIS = 50;

	private Waiter() {
	}

	static <T> T await(CompletableFuture<T> future, BooleanSupplier cancelled) throws CancelledException {
		while (true) {
			if (cancelled.getAsBoolean()) {
				throw new CancelledException();
			}
			try {
				return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				// Look at the cancellation flag again.
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new CancelledException();
			} catch (ExecutionException e) {
				throw new IllegalStateException(e.getCause());
			}
		}
	}
}
