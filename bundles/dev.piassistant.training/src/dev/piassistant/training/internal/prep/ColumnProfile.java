package dev.piassistant.training.internal.prep;

import java.util.HashSet;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.training.ColumnKind;
import dev.piassistant.training.internal.data.Table;

/**
 * What a column holds, counted over its cells: numbers, texts and missing cells, the first line of each,
 * distinct values and the mean length of its texts.
 */
public record ColumnProfile(String name, int index, long numbers, long texts, long missing, long firstNumberLine,
		@Nullable String firstNumber, long firstTextLine, @Nullable String firstText, long firstMissingLine, int distinct,
		double meanTextLength) {

	/** Columns with at most this many distinct texts (or this share of the rows) are categories, not free text. */
	static final int MAX_CATEGORIES = 50;

	public static ColumnProfile of(Table table, int column) {
		long numbers = 0, texts = 0, missing = 0, numberLine = 0, textLine = 0, missingLine = 0, length = 0;
		String number = null, text = null;
		var distinct = new HashSet<String>();
		for (var row : table.rows()) {
			var cell = row.cell(column);
			if (Cells.isMissing(cell)) {
				missingLine = missing++ == 0 ? row.line() : missingLine;
			} else if (Cells.isNumber(cell)) {
				if (numbers++ == 0) {
					numberLine = row.line();
					number = cell;
				}
			} else {
				if (texts++ == 0) {
					textLine = row.line();
					text = cell;
				}
				length += cell.length();
			}
			distinct.add(cell);
		}
		return new ColumnProfile(table.columns().get(column), column, numbers, texts, missing, numberLine, number, textLine, text, missingLine,
				distinct.size(), texts == 0 ? 0 : (double) length / texts);
	}

	public boolean isMixed() {
		return numbers > 0 && texts > 0;
	}

	/** Numbers only; otherwise text: a category when it has few distinct short values, free text else. */
	public ColumnKind kind() {
		if (texts == 0 && numbers > 0) {
			return ColumnKind.NUMBER;
		}
		var present = numbers + texts;
		var few = distinct <= Math.max(MAX_CATEGORIES, present / 20) && distinct < Math.max(2, present * 0.9);
		return few && meanTextLength < 40 ? ColumnKind.CATEGORY : ColumnKind.TEXT;
	}

	/** Whether all its values are whole numbers (so a numeric label with few values is a class). */
	public boolean wholeNumbers(Table table) {
		return table.rows().stream().map(row -> row.cell(index)).filter(Cells::isNumber).allMatch(cell -> {
			var value = Cells.number(cell);
			return value == Math.rint(value);
		});
	}
}
