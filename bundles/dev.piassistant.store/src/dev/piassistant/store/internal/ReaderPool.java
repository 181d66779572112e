package dev.piassistant.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.piassistant.core.store.StoreException;

/**
 * A few read-only connections, opened as needed and kept. In WAL mode each reads its own snapshot while the
 * writer goes on, so reads neither wait for writes nor hold them up.
 */
final class ReaderPool implements AutoCloseable {

	static final int SIZE = 4;
	private static final long WAIT_SECONDS = 30;

	private final Path file;
	private final Semaphore permits = new Semaphore(SIZE, true);
	private final Deque<Connection> idle = new ArrayDeque<>();
	private boolean closed;

	ReaderPool(Path file) {
		this.file = file;
	}

	/** Runs work in a read transaction: one snapshot, taken by its first statement, for all of it. */
	<T> T transaction(ConnectionWork<T> work) throws SQLException {
		var connection = borrow();
		var reusable = false;
		try {
			DatabaseFile.execute(connection, "BEGIN");
			T result;
			try {
				result = work.run(connection);
			} catch (Throwable failure) {
				reusable = endRead(connection, failure);
				throw failure;
			}
			reusable = endRead(connection, null);
			return result;
		} finally {
			giveBack(connection, reusable);
		}
	}

	/** Ends the read so checkpoints can move past its snapshot; it changed nothing, so it is rolled back. */
	private static boolean endRead(Connection connection, Throwable failure) throws SQLException {
		try {
			DatabaseFile.execute(connection, "ROLLBACK");
			return true;
		} catch (SQLException e) {
			if (failure == null) {
				throw e;
			}
			failure.addSuppressed(e);
			return false;
		}
	}

	private Connection borrow() throws SQLException {
		acquire();
		synchronized (this) {
			if (closed) {
				permits.release();
				throw new StoreException("The database " + file + " is closed", null);
			}
			var connection = idle.pollFirst();
			if (connection != null) {
				return connection;
			}
		}
		try {
			return DatabaseFile.openReader(file);
		} catch (SQLException | RuntimeException e) {
			permits.release();
			throw e;
		}
	}

	private void acquire() {
		try {
			if (!permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
				throw new StoreException("All " + SIZE + " readers of " + file + " were busy for " + WAIT_SECONDS
						+ " s. Reads are taking far too long, or wait for each other.", null);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new StoreException("Interrupted while waiting to read " + file, e);
		}
	}

	/** A connection whose transaction could not be ended is closed, not reused. */
	private void giveBack(Connection connection, boolean reusable) {
		synchronized (this) {
			if (reusable && !closed) {
				idle.addFirst(connection);
				connection = null;
			}
		}
		if (connection != null) {
			closeQuietly(connection);
		}
		permits.release();
	}

	@Override
	public synchronized void close() {
		closed = true;
		idle.forEach(ReaderPool::closeQuietly);
		idle.clear();
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		} catch (SQLException e) {
			System.getLogger(ReaderPool.class.getName()).log(System.Logger.Level.WARNING, "Could not close a reader", e);
		}
	}
}
