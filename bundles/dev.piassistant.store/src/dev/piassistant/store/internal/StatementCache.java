package dev.piassistant.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The writer's prepared statements, kept for reuse: preparing costs more than running the small statements
 * an append makes. Only ever used under the writer's lock, by one thread at a time.
 */
final class StatementCache implements AutoCloseable {

	private static final int SIZE = 64;

	private final Connection connection;
	private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(SIZE, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
			if (size() <= SIZE) {
				return false;
			}
			closeQuietly(eldest.getValue());
			return true;
		}
	};

	StatementCache(Connection connection) {
		this.connection = connection;
	}

	/** A prepared statement for the SQL, its parameters cleared. Not to be closed by the caller. */
	PreparedStatement get(String sql) throws SQLException {
		var statement = statements.get(sql);
		if (statement == null) {
			statement = connection.prepareStatement(sql);
			statements.put(sql, statement);
		} else {
			statement.clearParameters();
		}
		return statement;
	}

	/** Runs a statement without parameters or results, such as BEGIN or COMMIT. */
	void execute(String sql) throws SQLException {
		get(sql).execute();
	}

	@Override
	public void close() {
		statements.values().forEach(StatementCache::closeQuietly);
		statements.clear();
	}

	private static void closeQuietly(PreparedStatement statement) {
		try {
			statement.close();
		} catch (SQLException e) {
			// Closing a statement of a connection about to go is best effort.
		}
	}
}
