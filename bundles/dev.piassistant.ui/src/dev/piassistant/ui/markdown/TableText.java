package dev.piassistant.ui.markdown;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * A GitHub table as lines of aligned columns in the text font, the header row apart from the body by a
 * rule: what a chat shows best in a text widget, and readable when copied as plain text.
 */
final class TableText {

	private static final String COLUMN = " \u2502 ";
	private static final String CROSSING = "\u2500\u253c\u2500";
	private static final char RULE = '\u2500';

	private record Cell(String text, TableCell.Alignment alignment) {
	}

	private final List<List<Cell>> rows = new ArrayList<>();
	private int headerRows;

	private TableText() {
	}

	/** The table's lines, and how many of them (from the top) are the header, its rule included. */
	record Lines(List<String> lines, int headerLines) {
	}

	static Lines of(Node table) {
		var text = new TableText();
		for (var section = table.getFirstChild(); section != null; section = section.getNext()) {
			for (var row = section.getFirstChild(); row != null; row = row.getNext()) {
				var cells = new ArrayList<Cell>();
				for (var cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
					var alignment = cell instanceof TableCell tableCell ? tableCell.getAlignment() : null;
					cells.add(new Cell(plain(cell), alignment));
				}
				text.rows.add(cells);
				if (section instanceof TableHead) {
					text.headerRows++;
				}
			}
		}
		return text.lines();
	}

	private Lines lines() {
		var widths = new ArrayList<Integer>();
		for (var row : rows) {
			for (int i = 0; i < row.size(); i++) {
				var width = row.get(i).text().length();
				if (i == widths.size()) {
					widths.add(width);
				} else {
					widths.set(i, Math.max(widths.get(i), width));
				}
			}
		}
		var lines = new ArrayList<String>();
		for (int r = 0; r < rows.size(); r++) {
			lines.add(line(rows.get(r), widths));
			if (r == headerRows - 1) {
				lines.add(String.join(CROSSING, widths.stream().map(width -> String.valueOf(RULE).repeat(width)).toList()));
			}
		}
		return new Lines(lines, headerRows == 0 ? 0 : headerRows + 1);
	}

	private static String line(List<Cell> row, List<Integer> widths) {
		var cells = new ArrayList<String>();
		for (int i = 0; i < widths.size(); i++) {
			var cell = i < row.size() ? row.get(i) : new Cell("", null);
			cells.add(pad(cell, widths.get(i)));
		}
		return String.join(COLUMN, cells).stripTrailing();
	}

	private static String pad(Cell cell, int width) {
		var room = width - cell.text().length();
		if (cell.alignment() == TableCell.Alignment.RIGHT) {
			return " ".repeat(room) + cell.text();
		}
		if (cell.alignment() == TableCell.Alignment.CENTER) {
			return " ".repeat(room / 2) + cell.text() + " ".repeat(room - room / 2);
		}
		return cell.text() + " ".repeat(room);
	}

	/** A cell's text without its markup (emphasis and links in a cell show as their words). */
	private static String plain(Node cell) {
		var text = new StringBuilder();
		cell.accept(new AbstractVisitor() {
			@Override
			public void visit(Text literal) {
				text.append(literal.getLiteral());
			}

			@Override
			public void visit(Code code) {
				text.append(code.getLiteral());
			}

			@Override
			public void visit(SoftLineBreak softBreak) {
				text.append(' ');
			}

			@Override
			public void visit(HardLineBreak hardBreak) {
				text.append(' ');
			}
		});
		return text.toString().strip();
	}
}
