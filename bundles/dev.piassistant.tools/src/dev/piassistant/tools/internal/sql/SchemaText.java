package dev.piassistant.tools.internal.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;

/** A database's tables and views with their columns and indexes, as the model reads them. */
final class SchemaText {

	private SchemaText() {
	}

	static String of(Connection connection) throws SQLException {
		var names = new ArrayList<String[]>();
		try (var statement = connection.createStatement();
				var rows = statement.executeQuery("SELECT type, name FROM sqlite_schema WHERE type IN ('table', 'view') "
						+ "AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
			while (rows.next()) {
				names.add(new String[] { rows.getString(1), rows.getString(2) });
			}
		}
		if (names.isEmpty()) {
			return "The database has no tables.\n";
		}
		var text = new StringBuilder();
		for (var entry : names) {
			text.append(entry[0]).append(' ').append(entry[1]).append(" (");
			try (var columns = connection.prepareStatement("SELECT name, type, pk, \"notnull\" FROM pragma_table_info(?)")) {
				columns.setString(1, entry[1]);
				try (var rows = columns.executeQuery()) {
					var first = true;
					while (rows.next()) {
						text.append(first ? "" : ", ").append(rows.getString(1)).append(' ').append(rows.getString(2))
								.append(rows.getInt(3) > 0 ? " PRIMARY KEY" : "").append(rows.getInt(4) > 0 ? " NOT NULL" : "");
						first = false;
					}
				}
			}
			text.append(")\n");
			try (var indexes = connection.prepareStatement("SELECT name FROM pragma_index_list(?)")) {
				indexes.setString(1, entry[1]);
				try (var rows = indexes.executeQuery()) {
					while (rows.next()) {
						text.append("  index ").append(rows.getString(1)).append('\n');
					}
				}
			}
		}
		return text.toString();
	}
}
