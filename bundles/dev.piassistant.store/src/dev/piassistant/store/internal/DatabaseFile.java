package dev.piassistant.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/** Opens connections to the database file, and sets a damaged file aside. */
final class DatabaseFile {

	/** How long a statement waits for a lock another program holds before it fails. */
	static final int BUSY_TIMEOUT_MILLIS = 5_000;

	private DatabaseFile() {
	}

	static void createFolder(Path file) throws SQLException {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
		} catch (IOException e) {
			throw new SQLException("Cannot create the folder for " + file + ": " + e.getMessage(), e);
		}
	}

	/** The writer: turns on WAL (which the file then keeps) and fails at once on a file that is no database. */
	static Connection openWriter(Path file) throws SQLException {
		var config = new SQLiteConfig();
		config.setJournalMode(SQLiteConfig.JournalMode.WAL);
		config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
		config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
		config.enforceForeignKeys(true);
		// The driver would otherwise prepare and run "SELECT last_insert_rowid()" after every INSERT, for generated
		// keys nobody asks for: Sql.insert reads the rowid with a statement of its own, prepared once.
		config.setGetGeneratedKeys(false);
		var connection = config.createConnection(url(file));
		try (var check = connection.createStatement()) {
			// Reading the schema fails at once on a file that is not a database or is damaged.
			check.executeQuery("SELECT count(*) FROM sqlite_master").close();
			// Checkpoints run in the background (Checkpointer), not inside the commit that fills the log.
			check.execute("PRAGMA wal_autocheckpoint = 0");
		} catch (SQLException e) {
			connection.close();
			throw e;
		}
		return connection;
	}

	/** The connection that checkpoints: it only copies the log back, never changes what the database holds. */
	static Connection openCheckpointer(Path file) throws SQLException {
		var config = new SQLiteConfig();
		config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
		return config.createConnection(url(file));
	}

	/** A reader: any statement that would change the file fails. */
	static Connection openReader(Path file) throws SQLException {
		var config = new SQLiteConfig();
		config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
		var connection = config.createConnection(url(file));
		try (var statement = connection.createStatement()) {
			statement.execute("PRAGMA query_only = ON");
		} catch (SQLException e) {
			connection.close();
			throw e;
		}
		return connection;
	}

	private static String url(Path file) {
		return "jdbc:sqlite:" + file.toAbsolutePath();
	}

	static boolean isDamaged(SQLException e) {
		int code = e.getErrorCode() & 0xff;
		return code == SQLiteErrorCode.SQLITE_NOTADB.code || code == SQLiteErrorCode.SQLITE_CORRUPT.code;
	}

	/** Moves the file and its WAL companions aside, never deleting anything; answers where it went. */
	static Path quarantine(Path file) throws SQLException {
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

	static void execute(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}
}
