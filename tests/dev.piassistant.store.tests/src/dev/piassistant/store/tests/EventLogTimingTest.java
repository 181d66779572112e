package dev.piassistant.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.store.internal.SqliteEventLog;
import dev.piassistant.store.internal.WorkspaceDatabase;

/**
 * A long session (1,000 events of every kind) goes in and comes back whole and in order. The times of an
 * append and of reading the session are printed as a measure, not a limit: wall time, and the CPU time of
 * the calling thread (SQLite runs on it), which a machine busy with other work does not inflate.
 */
class EventLogTimingTest {

	private static final int EVENTS = 1_000;

	private record Timed<T>(T result, long wallNanos, long cpuNanos) {
		static <T> Timed<T> of(Supplier<T> work) {
			var threads = ManagementFactory.getThreadMXBean();
			var cpu = threads.getCurrentThreadCpuTime();
			var wall = System.nanoTime();
			var result = work.get();
			return new Timed<>(result, System.nanoTime() - wall, threads.getCurrentThreadCpuTime() - cpu);
		}

		String describe(int count, String unit, double scale) {
			return String.format("%.1f %s wall, %.1f %s CPU", wallNanos / scale / count, unit, cpuNanos / scale / count, unit);
		}
	}

	@TempDir
	Path folder;

	@Test
	void aThousandEventSessionComesBackWholeAndInOrder() throws Exception {
		var session = SessionId.random();
		var events = longSession(session);
		try (var database = WorkspaceDatabase.open(folder.resolve("pi-assistant.db"))) {
			var log = new SqliteEventLog(database);
			var appends = Timed.of(() -> {
				events.forEach(log::append);
				return null;
			});
			var firstRead = Timed.of(() -> log.read(session));
			var read = Timed.of(() -> log.read(session));
			assertEquals(events, firstRead.result());
			assertEquals(events, read.result());
			System.out.println("Event log: append " + appends.describe(EVENTS, "\u00b5s", 1e3) + " on average over " + EVENTS
					+ "; reading a " + EVENTS + "-event session " + read.describe(1, "ms", 1e6) + " (first read "
					+ firstRead.describe(1, "ms", 1e6) + ")");
		}
	}

	private static List<AgentEvent> longSession(SessionId session) {
		var events = new ArrayList<AgentEvent>(EVENTS);
		var samples = SampleEvents.all(session);
		while (events.size() < EVENTS) {
			events.addAll(samples.subList(0, Math.min(samples.size(), EVENTS - events.size())));
		}
		return events;
	}
}
