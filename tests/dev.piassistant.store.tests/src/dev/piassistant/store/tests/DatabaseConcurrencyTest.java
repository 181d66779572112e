package dev.piassistant.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.store.internal.WorkspaceDatabase;

/** Readers and the writer on real threads: snapshots, WAL reads during writes, and writes that take turns. */
class DatabaseConcurrencyTest {

	private static final long WAIT_SECONDS = 10;

	@TempDir
	Path folder;
	private WorkspaceDatabase database;
	private final ExecutorService threads = Executors.newCachedThreadPool();

	@BeforeEach
	void open() throws Exception {
		database = WorkspaceDatabase.open(folder.resolve("pi-assistant.db"));
		database.migrate(Notes.SCHEMA);
		database.write(sql -> sql.insert("INSERT INTO notes (body) VALUES ('before')"));
	}

	@AfterEach
	void close() throws Exception {
		threads.shutdownNow();
		threads.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS);
		database.close();
	}

	@Test
	void aReadKeepsItsSnapshotWhileAnotherThreadCommits() throws Exception {
		var readStarted = new CountDownLatch(1);
		var writer = threads.submit(() -> {
			readStarted.await();
			return database.write(sql -> sql.insert("INSERT INTO notes (body) VALUES ('during the read')"));
		});
		var counts = database.read(sql -> {
			var before = Notes.count(database);
			readStarted.countDown();
			// The write commits while this read is still open: WAL lets it, and the snapshot does not move.
			var committed = await(writer);
			return List.of(before, Notes.count(database), committed.intValue());
		});
		assertEquals(1, counts.get(0));
		assertEquals(1, counts.get(1), "the read still sees its snapshot after the commit");
		assertEquals(2, Notes.count(database), "a later read sees the commit");
	}

	@Test
	void aReadOnAnotherThreadIsNotBlockedByALongWrite() throws Exception {
		var writing = new CountDownLatch(1);
		var readDone = new CountDownLatch(1);
		var writer = threads.submit(() -> database.write(sql -> {
			sql.insert("INSERT INTO notes (body) VALUES ('uncommitted')");
			writing.countDown();
			// The write stays open until the read is done (or gives up after a while).
			return awaitQuietly(readDone);
		}));
		assertTrue(writing.await(WAIT_SECONDS, TimeUnit.SECONDS));
		var reader = threads.submit(() -> Notes.count(database));
		// Well under the writer's patience: a blocked read would time out here.
		assertEquals(1, reader.get(WAIT_SECONDS / 2, TimeUnit.SECONDS), "the read sees the last commit, not the open write");
		assertFalse(writer.isDone(), "the write was still open while the read ran");
		readDone.countDown();
		assertTrue(await(writer), "the write ended because the read was done, not because it gave up");
		assertEquals(2, Notes.count(database));
	}

	@Test
	void writesFromManyThreadsAllLandAndTakeTurns() throws Exception {
		int writers = 8;
		int writesEach = 40;
		var start = new CountDownLatch(1);
		var futures = new ArrayList<Future<?>>();
		for (int w = 0; w < writers; w++) {
			var name = "writer " + w;
			futures.add(threads.submit(() -> {
				start.await();
				for (int i = 0; i < writesEach; i++) {
					var body = name + " #" + i;
					database.write(sql -> {
						sql.insert("INSERT INTO notes (body) VALUES (?)", body);
						// Read, then write what was read plus one: lost updates if two writes overlapped.
						var n = sql.queryFirst("SELECT n FROM counter", row -> row.integer("n")).orElseThrow();
						return sql.update("UPDATE counter SET n = ?", n + 1);
					});
					Notes.count(database);
				}
				return null;
			}));
		}
		start.countDown();
		for (var future : futures) {
			await(future);
		}
		assertEquals(1 + writers * writesEach, Notes.count(database));
		assertEquals((long) writers * writesEach,
				database.read(sql -> sql.queryFirst("SELECT n FROM counter", row -> row.integer("n")).orElseThrow()));
	}

	private static boolean awaitQuietly(CountDownLatch latch) {
		try {
			return latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static <T> T await(Future<T> future) {
		try {
			return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
		} catch (Exception e) {
			throw new AssertionError("the other thread did not finish in time or failed", e);
		}
	}
}
