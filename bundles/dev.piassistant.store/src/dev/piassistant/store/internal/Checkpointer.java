package dev.piassistant.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Copies the write-ahead log back into the database file in the background, so that no append pays for it:
 * SQLite would otherwise checkpoint inside the commit that crosses its threshold, syncing the file to disk
 * there. Passive checkpoints never wait for readers or the writer; whatever they could not copy is copied
 * by a later one.
 */
final class Checkpointer implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(Checkpointer.class.getName());
	private static final long PERIOD_MILLIS = 500;

	private final Path file;
	private final Connection connection;
	private final AtomicLong commits = new AtomicLong();
	private final ScheduledExecutorService thread;
	private long checkpointedAt;

	Checkpointer(Path file, Connection connection) {
		this.file = file;
		this.connection = connection;
		this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
			var daemon = new Thread(runnable, "Pi Assistant database checkpoints");
			daemon.setDaemon(true);
			return daemon;
		});
		thread.scheduleWithFixedDelay(this::checkpointIfWritten, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
	}

	/** Called after each commit. */
	void committed() {
		commits.incrementAndGet();
	}

	private void checkpointIfWritten() {
		var now = commits.get();
		if (now == checkpointedAt) {
			return;
		}
		try {
			DatabaseFile.execute(connection, "PRAGMA wal_checkpoint(PASSIVE)");
			checkpointedAt = now;
		} catch (SQLException e) {
			LOG.log(System.Logger.Level.WARNING, "Could not checkpoint " + file + "; trying again later: " + e.getMessage());
		}
	}

	@Override
	public void close() throws SQLException {
		thread.shutdown();
		try {
			thread.awaitTermination(5, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		connection.close();
	}
}
