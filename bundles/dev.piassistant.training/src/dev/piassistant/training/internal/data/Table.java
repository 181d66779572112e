package dev.piassistant.training.internal.data;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import dev.piassistant.core.training.DatasetFormat;

/**
 * A dataset as read: column names and rows of text cells (an absent cell is an empty string), each with the
 * line of the file it starts on (for a folder, its file's number).
 */
public record Table(DatasetFormat format, String source, List<String> columns, List<Row> rows) {

	/** One example. */
	public record Row(long line, List<String> cells) {
		public Row {
			cells = List.copyOf(cells);
		}

		public String cell(int column) {
			return cells.get(column);
		}
	}

	public Table {
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(source, "source");
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	public int size() {
		return rows.size();
	}

	/** The column's index, matched exactly or else ignoring case. */
	public OptionalInt column(String name) {
		int exact = columns.indexOf(name);
		if (exact >= 0) {
			return OptionalInt.of(exact);
		}
		return IntStream.range(0, columns.size()).filter(i -> columns.get(i).equalsIgnoreCase(name.trim())).findFirst();
	}

	public List<String> values(int column) {
		return rows.stream().map(row -> row.cell(column)).toList();
	}
}
