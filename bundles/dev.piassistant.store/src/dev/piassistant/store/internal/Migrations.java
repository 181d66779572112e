package dev.piassistant.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

import dev.piassistant.core.store.SchemaContribution;

/** Applies the migrations of each owner that the database has not seen yet, one transaction each. */
final class Migrations {

	static final String BOOKKEEPING = """
			CREATE TABLE IF NOT EXISTS schema_migrations (
				owner TEXT NOT NULL PRIMARY KEY,
				version INTEGER NOT NULL,
				applied_at TEXT NOT NULL
			)""";

	private Migrations() {
	}

	/** Runs holding the writer, so that no other migration of the same owner runs in between. */
	static void apply(WriterConnection writer, Connection connection, SchemaContribution contribution) throws SQLException {
		var scripts = contribution.migrations();
		for (int version = appliedVersion(connection, contribution.owner()) + 1; version <= scripts.size(); version++) {
			applyOne(writer, contribution.owner(), version, scripts.get(version - 1));
		}
	}

	private static int appliedVersion(Connection connection, String owner) throws SQLException {
		try (var query = connection.prepareStatement("SELECT version FROM schema_migrations WHERE owner = ?")) {
			query.setString(1, owner);
			try (var rows = query.executeQuery()) {
				return rows.next() ? rows.getInt(1) : 0;
			}
		}
	}

	private static void applyOne(WriterConnection writer, String owner, int version, String script) {
		try {
			writer.transaction(connection -> {
				try (var statement = connection.createStatement()) {
					for (var sql : SqlScript.statements(script)) {
						statement.execute(sql);
					}
				}
				record(connection, owner, version);
				return null;
			});
		} catch (SQLException e) {
			throw new MigrationException(owner, version, e);
		}
	}

	private static void record(Connection connection, String owner, int version) throws SQLException {
		try (var upsert = connection.prepareStatement("""
				INSERT INTO schema_migrations (owner, version, applied_at) VALUES (?, ?, ?)
				ON CONFLICT(owner) DO UPDATE SET version = excluded.version, applied_at = excluded.applied_at""")) {
			upsert.setString(1, owner);
			upsert.setInt(2, version);
			upsert.setString(3, Instant.now().toString());
			upsert.executeUpdate();
		}
	}
}
