package dev.piassistant.store.internal;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

import dev.piassistant.core.store.StoreException;

/** Binds the arguments of a statement to its {@code ?} parameters, checking their number and types. */
final class Arguments {

	private static final String SUPPORTED = "String, Integer, Long, Double, Boolean, byte[] or null";

	private Arguments() {
	}

	static void bind(PreparedStatement statement, Object[] arguments, String sql, Path file) throws SQLException {
		// update("... ?", null) passes a null array where one null argument was meant.
		var values = arguments == null ? new Object[] { null } : arguments;
		var parameters = statement.getParameterMetaData().getParameterCount();
		if (parameters != values.length) {
			throw new StoreException("The statement on " + file + " has " + parameters + " parameter(s) but was given "
					+ values.length + " argument(s) (statement: " + StoreErrors.abbreviate(sql) + ")", null);
		}
		for (int i = 0; i < values.length; i++) {
			bind(statement, i + 1, values[i], sql);
		}
	}

	private static void bind(PreparedStatement statement, int index, Object value, String sql) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.NULL);
		} else if (value instanceof String text) {
			statement.setString(index, text);
		} else if (value instanceof Integer number) {
			statement.setInt(index, number);
		} else if (value instanceof Long number) {
			statement.setLong(index, number);
		} else if (value instanceof Double number) {
			statement.setDouble(index, number);
		} else if (value instanceof Boolean flag) {
			statement.setInt(index, flag ? 1 : 0);
		} else if (value instanceof byte[] bytes) {
			statement.setBytes(index, bytes);
		} else {
			throw new StoreException("Argument " + index + " is a " + value.getClass().getName() + "; the database takes "
					+ SUPPORTED + " (statement: " + StoreErrors.abbreviate(sql) + ")", null);
		}
	}
}
