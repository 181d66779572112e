package dev.piassistant.core.store;

import java.util.List;
import java.util.Optional;

/**
 * Statements inside a transaction. Arguments bind to {@code ?} in order and may be {@code String},
 * {@code Integer}, {@code Long}, {@code Double}, {@code Boolean} (stored as 0 or 1), {@code byte[]} or
 * {@code null}. Failures throw {@link StoreException}.
 */
public interface Sql {

	<T> List<T> query(String sql, RowMapper<T> mapper, Object... arguments);

	/** The first row, if any. */
	default <T> Optional<T> queryFirst(String sql, RowMapper<T> mapper, Object... arguments) {
		return query(sql, mapper, arguments).stream().findFirst();
	}

	/** Runs an INSERT, UPDATE or DELETE; returns the number of rows changed. */
	int update(String sql, Object... arguments);

	/** Runs an INSERT; returns the new row's rowid, or -1 when it inserted no row (INSERT OR IGNORE). */
	long insert(String sql, Object... arguments);

	/** Reads one row of a result. */
	@FunctionalInterface
	interface RowMapper<T> {
		T map(Row row);
	}
}
