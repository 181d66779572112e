package dev.piassistant.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one SQLite transaction: committed when it returns, rolled back when it throws. */
final class Transactions {

	@FunctionalInterface
	interface SqlAction {
		void run() throws SQLException;
	}

	private Transactions() {
	}

	static void run(Connection connection, SqlAction action) throws SQLException {
		call(connection, () -> {
			action.run();
			return null;
		});
	}

	static <T> T call(Connection connection, SqlWork<T> work) throws SQLException {
		connection.setAutoCommit(false);
		try {
			T result = work.run();
			connection.commit();
			return result;
		} catch (SQLException | RuntimeException e) {
			connection.rollback();
			throw e;
		} finally {
			connection.setAutoCommit(true);
		}
	}
}
