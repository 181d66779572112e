package dev.piassistant.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.store.Sql;
import dev.piassistant.core.store.StoreException;

/**
 * {@link Sql} on one connection, for the length of one transaction. A read's {@code Sql} refuses to change
 * anything, also when the read runs inside a write and so on the writer's connection.
 */
final class JdbcSql implements Sql {

	private static final String LAST_ROWID = "SELECT last_insert_rowid()";
	private static final Object[] NO_ARGUMENTS = {};

	private final Connection connection;
	private final Path file;
	private final boolean reading;
	private final @Nullable StatementCache cache;
	private volatile boolean ended;

	JdbcSql(Connection connection, Path file, boolean reading) {
		this(connection, file, reading, null);
	}

	/** With the connection's statement cache, whose statements outlive the transaction. */
	JdbcSql(Connection connection, Path file, boolean reading, @Nullable StatementCache cache) {
		this.connection = connection;
		this.file = file;
		this.reading = reading;
		this.cache = cache;
	}

	/** The same transaction, for a read nested in it. */
	JdbcSql forReading() {
		return reading ? this : new JdbcSql(connection, file, true, cache);
	}

	/** Called when the transaction ends: the object must not be kept and used later. */
	void end() {
		ended = true;
	}

	@Override
	public <T> List<T> query(String sql, RowMapper<T> mapper, Object... arguments) {
		checkOpen(sql);
		var statement = prepare(sql, arguments);
		try (var rows = statement.executeQuery()) {
			var row = new JdbcRow(rows, sql, file);
			var results = new ArrayList<T>();
			while (rows.next()) {
				results.add(mapper.map(row));
			}
			return results;
		} catch (SQLException e) {
			throw StoreErrors.statementFailed(e, sql, file, reading);
		} finally {
			release(statement);
		}
	}

	@Override
	public int update(String sql, Object... arguments) {
		checkWritable(sql);
		var statement = prepare(sql, arguments);
		try {
			return statement.executeUpdate();
		} catch (SQLException e) {
			throw StoreErrors.statementFailed(e, sql, file, reading);
		} finally {
			release(statement);
		}
	}

	/** The new row's rowid, or -1 when the statement inserted nothing ({@code INSERT OR IGNORE}). */
	@Override
	public long insert(String sql, Object... arguments) {
		checkWritable(sql);
		var statement = prepare(sql, arguments);
		try {
			if (statement.executeUpdate() == 0) {
				return -1;
			}
			var rowid = prepare(LAST_ROWID, NO_ARGUMENTS);
			try (var rows = rowid.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			} finally {
				release(rowid);
			}
		} catch (SQLException e) {
			throw StoreErrors.statementFailed(e, sql, file, reading);
		} finally {
			release(statement);
		}
	}

	private PreparedStatement prepare(String sql, Object[] arguments) {
		try {
			var statement = cache != null ? cache.get(sql) : connection.prepareStatement(sql);
			try {
				Arguments.bind(statement, arguments, sql, file);
				return statement;
			} catch (SQLException | RuntimeException e) {
				release(statement);
				throw e;
			}
		} catch (SQLException e) {
			throw StoreErrors.statementFailed(e, sql, file, reading);
		}
	}

	/** Closes a statement unless the cache keeps it. */
	private void release(PreparedStatement statement) {
		if (cache != null) {
			return;
		}
		try {
			statement.close();
		} catch (SQLException e) {
			// The statement's work is done; a failure to free it changes nothing for the caller.
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
