package dev.piassistant.tools.mcp.internal.client;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Finds the process the SDK starts for a stdio server (it does not hand it out), to learn at once when it exits:
 * a crash then fails the call in progress without waiting for its time-out. Starts are taken one at a time, so
 * the one new child of this JVM that appears is the server.
 */
final class Children {

	private static final Object STARTING = new Object();
	private static final long LONGEST_WAIT_MILLIS = 10_000;

	private Children() {
	}

	/** Runs {@code start} and returns the child process that appeared, while no other server starts. */
	static Optional<ProcessHandle> spawnedBy(Runnable start, BooleanSupplier failed) throws InterruptedException {
		synchronized (STARTING) {
			var before = current();
			start.run();
			var deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONGEST_WAIT_MILLIS);
			while (System.nanoTime() < deadline && !failed.getAsBoolean()) {
				var found = newChild(before);
				if (found != null) {
					return Optional.of(found);
				}
				Thread.sleep(5);
			}
			return Optional.empty();
		}
	}

	private static Set<Long> current() {
		return ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
	}

	private static @Nullable ProcessHandle newChild(Set<Long> before) {
		return ProcessHandle.current().children().filter(child -> !before.contains(child.pid())).findFirst().orElse(null);
	}

	/** Ends a process and everything it started (npx starts node, which starts the server). */
	static void destroyTree(ProcessHandle process) {
		process.descendants().forEach(ProcessHandle::destroy);
		process.destroy();
	}
}
