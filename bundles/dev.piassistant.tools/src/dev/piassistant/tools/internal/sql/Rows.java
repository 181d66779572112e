package dev.piassistant.tools.internal.sql;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Rows as the model reads them: a header, then one line per row, values separated by " | ", capped. */
final class Rows {

	private static final int LONGEST_VALUE = 200;

	private Rows() {
	}

	static String text(ResultSet rows, int maxRows) throws SQLException {
		var meta = rows.getMetaData();
		var columns = meta.getColumnCount();
		var text = new StringBuilder();
		for (int i = 1; i <= columns; i++) {
			text.append(i > 1 ? " | " : "").append(meta.getColumnLabel(i));
		}
		text.append('\n');
		var count = 0;
		var more = false;
		while (rows.next()) {
			if (count == maxRows) {
				more = true;
				break;
			}
			for (int i = 1; i <= columns; i++) {
				var value = rows.getString(i);
				var shown = value == null ? "NULL" : value.length() > LONGEST_VALUE ? value.substring(0, LONGEST_VALUE) + "\u2026" : value;
				text.append(i > 1 ? " | " : "").append(shown.replace('\n', ' '));
			}
			text.append('\n');
			count++;
		}
		text.append(count).append(count == 1 ? " row" : " rows");
		text.append(more ? "; more were left out: add a LIMIT or a WHERE, or raise maxRows.\n" : ".\n");
		return text.toString();
	}
}
