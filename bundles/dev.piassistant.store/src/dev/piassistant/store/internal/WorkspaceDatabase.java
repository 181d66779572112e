package dev.piassistant.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

import dev.piassistant.core.store.SchemaContribution;

/**
 * One SQLite file in WAL mode. A single connection serves all threads under a lock: SQLite serialises
 * writers anyway, and one connection keeps transactions simple. A file that is not a readable database is
 * moved aside (never deleted) and a fresh one is created, so a damaged file costs no start-up and loses
 * nothing that could still be recovered by hand.
 */
public final class WorkspaceDatabase implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(WorkspaceDatabase.class.getName());

	private final Path file;
	private final Connection connection;
	private final ReentrantLock lock = new ReentrantLock();
	private final Optional<Path> quarantined;

	private WorkspaceDatabase(Path file, Connection connection, Optional<Path> quarantined) {
		this.file = file;
		this.connection = connection;
		this.quarantined = quarantined;
	}

	/** Opens (or creates) the database file, setting a damaged one aside. */
	public static WorkspaceDatabase open(Path file) throws SQLException {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
		} catch (IOException e) {
			throw new SQLException("Cannot create the folder for " + file + ": " + e.getMessage(), e);
		}
		try {
			return new WorkspaceDatabase(file, connect(file), Optional.empty());
		} catch (SQLException e) {
			if (!isDamaged(e)) {
				throw e;
			}
			var aside = quarantine(file);
			LOG.log(System.Logger.Level.WARNING, "The Pi Assistant database " + file + " was damaged (" + e.getMessage()
					+ "). It was moved to " + aside + " and a new database was started.");
			return new WorkspaceDatabase(file, connect(file), Optional.of(aside));
		}
	}

	private static Connection connect(Path file) throws SQLException {
		var config = new SQLiteConfig();
		config.setJournalMode(SQLiteConfig.JournalMode.WAL);
		config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
		config.setBusyTimeout(5_000);
		config.enforceForeignKeys(true);
		var connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
		try (var check = connection.createStatement()) {
			// Reading the schema fails at once on a file that is not a database or is damaged.
			check.executeQuery("SELECT count(*) FROM sqlite_master").close();
		} catch (SQLException e) {
			connection.close();
			throw e;
		}
		return connection;
	}

	private static boolean isDamaged(SQLException e) {
		int code = e.getErrorCode() & 0xff;
		return code == SQLiteErrorCode.SQLITE_NOTADB.code || code == SQLiteErrorCode.SQLITE_CORRUPT.code;
	}

	private static Path quarantine(Path file) throws SQLException {
		var stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		var aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp);
		try {
			Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
			for (var suffix : new String[] { "-wal", "-shm" }) {
				var companion = file.resolveSibling(file.getFileName() + suffix);
				if (Files.exists(companion)) {
					Files.move(companion, aside.resolveSibling(aside.getFileName() + suffix), StandardCopyOption.REPLACE_EXISTING);
				}
			}
			return aside;
		} catch (IOException e) {
			throw new SQLException("The database " + file + " is damaged and could not be moved aside: " + e.getMessage(), e);
		}
	}

	public Path file() {
		return file;
	}

	/** The damaged file that was set aside when this database was opened, if any. */
	public Optional<Path> quarantinedFile() {
		return quarantined;
	}

	/** Runs work with the connection, holding the lock. */
	public <T> T read(SqlWork<T> work) throws SQLException {
		lock.lock();
		try {
			return work.run();
		} finally {
			lock.unlock();
		}
	}

	/** Runs work in one transaction, holding the lock. */
	public <T> T write(SqlWork<T> work) throws SQLException {
		lock.lock();
		try {
			return Transactions.call(connection, work);
		} finally {
			lock.unlock();
		}
	}

	/** Applies a contribution's pending migrations. */
	public void migrate(SchemaContribution contribution) throws SQLException {
		read(() -> {
			Migrations.apply(connection, contribution);
			return null;
		});
	}

	/** How far an owner's migrations have been applied (0: none). */
	public int schemaVersion(String owner) throws SQLException {
		return read(() -> Migrations.appliedVersion(connection, owner));
	}

	Connection connection() {
		return connection;
	}

	@Override
	public void close() throws SQLException {
		lock.lock();
		try {
			connection.close();
		} finally {
			lock.unlock();
		}
	}
}
