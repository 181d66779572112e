package dev.piassistant.planning.internal.loop;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Whether the user stopped the task, and what to do the moment they do (close a stream, kill a process). */
final class CancelToken {

	private final List<Runnable> actions = new CopyOnWriteArrayList<>();
	private volatile boolean cancelled;

	boolean isCancelled() {
		return cancelled;
	}

	void cancel() {
		cancelled = true;
		actions.forEach(CancelToken::runQuietly);
	}

	/** Runs the action on cancellation, or now if the task is already cancelled. */
	void onCancel(Runnable action) {
		actions.add(action);
		if (cancelled) {
			runQuietly(action);
		}
	}

	void remove(Runnable action) {
		actions.remove(action);
	}

	private static void runQuietly(Runnable action) {
		try {
			action.run();
		} catch (RuntimeException e) {
			System.getLogger(CancelToken.class.getName()).log(System.Logger.Level.WARNING, "A cancellation action failed", e);
		}
	}
}
