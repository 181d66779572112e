package dev.piassistant.store.internal;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;

import dev.piassistant.core.store.Row;

/** The current row of a JDBC result. */
final class JdbcRow implements Row {

	@FunctionalInterface
	private interface Getter<T> {
		T get(String column) throws SQLException;
	}

	private final ResultSet rows;
	private final String sql;
	private final Path file;

	JdbcRow(ResultSet rows, String sql, Path file) {
		this.rows = rows;
		this.sql = sql;
		this.file = file;
	}

	@Override
	public String text(String column) {
		return read(column, rows::getString);
	}

	@Override
	public long integer(String column) {
		return read(column, rows::getLong);
	}

	@Override
	public double real(String column) {
		return read(column, rows::getDouble);
	}

	@Override
	public byte[] blob(String column) {
		return read(column, rows::getBytes);
	}

	@Override
	public boolean isNull(String column) {
		return read(column, rows::getObject) == null;
	}

	private <T> T read(String column, Getter<T> getter) {
		try {
			return getter.get(column);
		} catch (SQLException e) {
			throw StoreErrors.columnFailed(e, column, sql, file);
		}
	}
}
