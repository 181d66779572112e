package dev.piassistant.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.piassistant.core.store.Sql;
import dev.piassistant.core.store.StoreException;

/**
 * {@link Sql} on one connection, for the length of one transaction. A read's {@code Sql} refuses to change
 * anything, also when the read runs inside a write and so on the writer's connection.
 */
final class JdbcSql implements Sql {

	private final Connection connection;
	private final Path file;
	private final boolean reading;
	private volatile boolean ended;

	JdbcSql(Connection connection, Path file, boolean reading) {
		this.connection = connection;
		this.file = file;
		this.reading = reading;
	}

	/** The same transaction, for a read nested in it. */
	JdbcSql forReading() {
		return reading ? this : new JdbcSql(connection, file, true);
	}

	/** Called when the transaction ends: the object must not be kept and used later. */
	void end() {
		ended = true;
	}

	@Override
	public <T> List<T> query(String sql, RowMapper<T> mapper, Object... arguments) {
		checkOpen(sql);
		try (var statement = prepare(sql, arguments); var rows = statement.executeQuery()) {
			var row = new JdbcRow(rows, sql, file);
			var results = new ArrayList<T>();
			while (rows.next()) {
				results.add(mapper.map(row));
			}
			return results;
		} catch (SQLException e) {
			throw StoreErrors.statementFailed(e, sql, file, reading);
		}
	}

	@Override
	public int update(String sql, Object... arguments) {
		checkWritable(sql);
		try (var statement = prepare(sql, arguments)) {
			return statement.executeUpdate();
		} catch (SQLException e) {
			throw StoreErrors.statementFailed(e, sql, file, reading);
		}
	}

	/** The new row's rowid, or -1 when the statement inserted nothing ({@code INSERT OR IGNORE}). */
	@Override
	public long insert(String sql, Object... arguments) {
		checkWritable(sql);
		try (var statement = prepare(sql, arguments)) {
			if (statement.executeUpdate() == 0) {
				return -1;
			}
			try (var rowid = connection.createStatement(); var rows = rowid.executeQuery("SELECT last_insert_rowid()")) {
				rows.next();
				return rows.getLong(1);
			}
		} catch (SQLException e) {
			throw StoreErrors.statementFailed(e, sql, file, reading);
		}
	}

	private PreparedStatement prepare(String sql, Object[] arguments) throws SQLException {
		var statement = connection.prepareStatement(sql);
		try {
			Arguments.bind(statement, arguments, sql, file);
			return statement;
		} catch (SQLException | RuntimeException e) {
			statement.close();
			throw e;
		}
	}

	private void checkOpen(String sql) {
		if (ended) {
			throw new IllegalStateException("The transaction this Sql belongs to has ended; use the Sql passed to the "
					+ "running work only (statement: " + StoreErrors.abbreviate(sql) + ")");
		}
	}

	private void checkWritable(String sql) {
		checkOpen(sql);
		if (reading) {
			throw new StoreException("Could not " + StoreErrors.describe(sql) + " in " + file
					+ ": a read cannot change the database; do this in Database.write (statement: "
					+ StoreErrors.abbreviate(sql) + ")", null);
		}
	}
}
