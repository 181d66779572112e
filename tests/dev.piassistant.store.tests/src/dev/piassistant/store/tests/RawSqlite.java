package dev.piassistant.store.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.sqlite.SQLiteConfig;

/** A second, independent connection to a database file, the way another tool would open it. */
final class RawSqlite {

	private RawSqlite() {
	}

	static Connection connect(Path file) throws SQLException {
		return new SQLiteConfig().createConnection("jdbc:sqlite:" + file.toAbsolutePath());
	}
}
