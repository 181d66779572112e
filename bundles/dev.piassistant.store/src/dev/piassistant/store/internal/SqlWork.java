package dev.piassistant.store.internal;

import java.sql.SQLException;

/** Database work that may fail with an {@link SQLException}. */
@FunctionalInterface
public interface SqlWork<T> {
	T run() throws SQLException;
}
