package dev.piassistant.store.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import dev.piassistant.core.store.Database;
import dev.piassistant.core.store.SchemaContribution;
import dev.piassistant.core.store.StoreException;

/**
 * One SQLite file in WAL mode: one writer connection, whose writes take turns, and a few read-only
 * connections whose reads each see one snapshot while the writer goes on.
 * <p>
 * Nesting on one thread: a read inside a read joins it (same snapshot); a read inside a write runs in the
 * write's transaction and sees its changes; a write inside a write runs in a savepoint and is undone alone
 * when it throws. A write inside a read is refused with an {@link IllegalStateException}: the read's
 * snapshot could never see it. Work that waits for another thread which uses the database can still
 * deadlock; after {@value WriterConnection#WAIT_SECONDS} s the waiting side fails with a
 * {@link StoreException} instead of hanging.
 * <p>
 * A file that is not a readable database is moved aside (never deleted) and a fresh one is created, so a
 * damaged file costs no start-up and loses nothing that could still be recovered by hand.
 */
public final class WorkspaceDatabase implements Database, AutoCloseable {

	private static final System.Logger LOG = System.getLogger(WorkspaceDatabase.class.getName());

	private enum Kind {
		READ, WRITE
	}

	private record Active(Kind kind, JdbcSql sql) {
	}

	@FunctionalInterface
	private interface SqlCall<T> {
		T call() throws SQLException;
	}

	private final Path file;
	private final WriterConnection writer;
	private final ReaderPool readers;
	private final Checkpointer checkpointer;
	private final Optional<Path> quarantined;
	private final ThreadLocal<Active> active = new ThreadLocal<>();
	private volatile boolean closed;

	private WorkspaceDatabase(Path file, WriterConnection writer, Optional<Path> quarantined) throws SQLException {
		this.file = file;
		this.writer = writer;
		this.readers = new ReaderPool(file);
		this.quarantined = quarantined;
		this.checkpointer = new Checkpointer(file, DatabaseFile.openCheckpointer(file));
	}

	/** Opens (or creates) the database file, setting a damaged one aside. */
	public static WorkspaceDatabase open(Path file) throws SQLException {
		DatabaseFile.createFolder(file);
		WorkspaceDatabase database;
		try {
			database = new WorkspaceDatabase(file, new WriterConnection(file, DatabaseFile.openWriter(file)), Optional.empty());
		} catch (SQLException e) {
			if (!DatabaseFile.isDamaged(e)) {
				throw e;
			}
			var aside = DatabaseFile.quarantine(file);
			LOG.log(System.Logger.Level.WARNING, "The Pi Assistant database " + file + " was damaged (" + e.getMessage()
					+ "). It was moved to " + aside + " and a new database was started.");
			database = new WorkspaceDatabase(file, new WriterConnection(file, DatabaseFile.openWriter(file)), Optional.of(aside));
		}
		try {
			database.writer.exclusively(connection -> {
				DatabaseFile.execute(connection, Migrations.BOOKKEEPING);
				return null;
			});
		} catch (SQLException | RuntimeException e) {
			database.close();
			throw e;
		}
		return database;
	}

	public Path file() {
		return file;
	}

	/** The damaged file that was set aside when this database was opened, if any. */
	public Optional<Path> quarantinedFile() {
		return quarantined;
	}

	@Override
	public <T> T read(Work<T> work) {
		var current = active.get();
		if (current != null) {
			return work.run(current.sql().forReading());
		}
		checkOpen();
		return guard("read", () -> readers.transaction(connection -> run(Kind.READ, new JdbcSql(connection, file, true), work)));
	}

	@Override
	public <T> T write(Work<T> work) {
		var current = active.get();
		if (current != null && current.kind() == Kind.READ) {
			throw new IllegalStateException("Database.write was called inside Database.read on the same thread: the "
					+ "read's snapshot could never see the write. Write after the read returns, or read inside the write.");
		}
		if (current != null) {
			return guard("write to", () -> writer.savepoint(connection -> work.run(current.sql())));
		}
		checkOpen();
		var result = guard("write to", () -> writer.transaction(connection -> run(Kind.WRITE,
				new JdbcSql(connection, file, false, writer.statements()), work)));
		checkpointer.committed();
		return result;
	}

	private <T> T run(Kind kind, JdbcSql sql, Work<T> work) {
		active.set(new Active(kind, sql));
		try {
			return work.run(sql);
		} finally {
			active.remove();
			sql.end();
		}
	}

	/** Turns failures to begin or end a transaction into a message that names the file. */
	private <T> T guard(String what, SqlCall<T> transaction) {
		try {
			return transaction.call();
		} catch (SQLException e) {
			throw new StoreException("Could not " + what + " " + file + ": " + e.getMessage(), e);
		}
	}

	/** Applies a contribution's pending migrations, each in its own transaction. */
	public void migrate(SchemaContribution contribution) {
		if (active.get() != null) {
			throw new IllegalStateException("Migrations of " + contribution.owner() + " cannot run inside a transaction");
		}
		checkOpen();
		guard("update the tables of " + contribution.owner() + " in", () -> writer.exclusively(connection -> {
			Migrations.apply(writer, connection, contribution);
			return null;
		}));
	}

	/** How far an owner's migrations have been applied (0: none). */
	public int schemaVersion(String owner) {
		return read(sql -> sql.queryFirst("SELECT version FROM schema_migrations WHERE owner = ?",
				row -> (int) row.integer("version"), owner).orElse(0));
	}

	private void checkOpen() {
		if (closed) {
			throw new StoreException("The database " + file + " is closed", null);
		}
	}

	/** Waits for the running write, then closes every connection; reads still running close theirs after. */
	@Override
	public void close() throws SQLException {
		closed = true;
		checkpointer.close();
		readers.close();
		writer.close();
	}
}
