package dev.piassistant.training.internal.prep;

import java.util.Locale;
import java.util.Set;

/** What a single cell holds. */
public final class Cells {

	/** Spellings of "no value" that spreadsheets, pandas and R write. */
	private static final Set<String> MISSING = Set.of("nan", "null", "none", "na", "n/a", "#n/a");

	private Cells() {
	}

	public static boolean isMissing(String cell) {
		return cell.isBlank() || MISSING.contains(cell.trim().toLowerCase(Locale.ROOT));
	}

	/** Whether the cell is a finite number in plain or scientific notation (not "NaN" or "Infinity"). */
	public static boolean isNumber(String cell) {
		var text = cell.trim();
		if (text.isEmpty() || !(Character.isDigit(text.charAt(text.length() - 1)) || text.endsWith("."))) {
			return false;
		}
		try {
			return Double.isFinite(Double.parseDouble(text));
		} catch (NumberFormatException e) {
			return false;
		}
	}

	public static double number(String cell) {
		return Double.parseDouble(cell.trim());
	}
}
