package dev.piassistant.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a JDBC connection inside the store. */
@FunctionalInterface
interface ConnectionWork<T> {
	T run(Connection connection) throws SQLException;
}
