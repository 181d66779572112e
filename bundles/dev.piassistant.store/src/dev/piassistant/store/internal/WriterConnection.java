package dev.piassistant.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import dev.piassistant.core.store.StoreException;

/**
 * The one connection that writes. Writes take turns under a fair lock, each in a {@code BEGIN IMMEDIATE}
 * transaction, so a transaction never fails half-way for want of the write lock. A write nested in another
 * on the same thread runs in a savepoint: it is undone alone when it throws.
 */
final class WriterConnection implements AutoCloseable {

	/** A write that waits this long for the previous one is almost surely deadlocked; fail instead of hanging. */
	static final long WAIT_SECONDS = 30;

	private final Path file;
	private final Connection connection;
	private final ReentrantLock lock = new ReentrantLock(true);
	private final StatementCache statements;
	private int savepoints;

	WriterConnection(Path file, Connection connection) {
		this.file = file;
		this.connection = connection;
		this.statements = new StatementCache(connection);
	}

	/** The writer's prepared statements; use only inside {@link #transaction} or {@link #exclusively}. */
	StatementCache statements() {
		return statements;
	}

	/** Runs work holding the writer, outside any transaction (for migrations, which make their own). */
	<T> T exclusively(ConnectionWork<T> work) throws SQLException {
		acquire();
		try {
			return work.run(connection);
		} finally {
			lock.unlock();
		}
	}

	/** Runs work in one transaction: committed when it returns, rolled back when it throws. */
	<T> T transaction(ConnectionWork<T> work) throws SQLException {
		return exclusively(connection -> {
			statements.execute("BEGIN IMMEDIATE");
			try {
				var result = work.run(connection);
				statements.execute("COMMIT");
				return result;
			} catch (Throwable failure) {
				undo("ROLLBACK", failure);
				throw failure;
			}
		});
	}

	/** Runs work inside the transaction this thread already holds, undoing only its own changes if it throws. */
	<T> T savepoint(ConnectionWork<T> work) throws SQLException {
		if (!lock.isHeldByCurrentThread()) {
			throw new IllegalStateException("a savepoint needs the write transaction of the same thread");
		}
		var name = "nested_" + ++savepoints;
		try {
			DatabaseFile.execute(connection, "SAVEPOINT " + name);
			try {
				var result = work.run(connection);
				DatabaseFile.execute(connection, "RELEASE " + name);
				return result;
			} catch (Throwable failure) {
				undo("ROLLBACK TO " + name, failure);
				undo("RELEASE " + name, failure);
				throw failure;
			}
		} finally {
			savepoints--;
		}
	}

	private void undo(String statement, Throwable failure) {
		try {
			DatabaseFile.execute(connection, statement);
		} catch (SQLException e) {
			// SQLite rolls some failures back by itself; what matters is the failure that got us here.
			failure.addSuppressed(e);
		}
	}

	private void acquire() {
		try {
			if (!lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
				throw new StoreException("Waited " + WAIT_SECONDS + " s for another write to " + file
						+ " to finish. A write is taking far too long, or waits for another thread that wants to write.", null);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new StoreException("Interrupted while waiting to write to " + file, e);
		}
	}

	@Override
	public void close() throws SQLException {
		exclusively(connection -> {
			statements.close();
			connection.close();
			return null;
		});
	}
}
