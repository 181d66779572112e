package dev.piassistant.store.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.sqlite.SQLiteErrorCode;

import dev.piassistant.core.store.StoreException;

/** Messages that say which statement failed, on which table of which file, and why. */
final class StoreErrors {

	private static final Pattern TABLE = Pattern.compile(
			"(?i)\\b(?:from|into|update|table|join)\\s+(?:if\\s+(?:not\\s+)?exists\\s+)?[\"`\\[]?([\\w.]+)");
	private static final int STATEMENT_LENGTH = 160;

	private StoreErrors() {
	}

	static StoreException statementFailed(SQLException e, String sql, Path file, boolean reading) {
		var reason = e.getMessage();
		var code = e.getErrorCode() & 0xff;
		if (reading && code == SQLiteErrorCode.SQLITE_READONLY.code) {
			reason = "a read cannot change the database; do this in Database.write";
		} else if (code == SQLiteErrorCode.SQLITE_BUSY.code) {
			reason += " (another program kept the database locked for " + DatabaseFile.BUSY_TIMEOUT_MILLIS / 1000 + " s)";
		}
		return new StoreException("Could not " + describe(sql) + " in " + file + ": " + reason + " (statement: "
				+ abbreviate(sql) + ")", e);
	}

	static StoreException columnFailed(SQLException e, String column, String sql, Path file) {
		return new StoreException("Could not read column '" + column + "' of " + table(sql) + " in " + file + ": "
				+ e.getMessage() + " (statement: " + abbreviate(sql) + ")", e);
	}

	/** What the statement does, in words: "insert into notes", "read events". */
	static String describe(String sql) {
		var table = table(sql);
		var verb = sql.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
		return switch (verb) {
		case "SELECT", "WITH" -> "read " + table;
		case "INSERT", "REPLACE" -> "insert into " + table;
		case "UPDATE" -> "update " + table;
		case "DELETE" -> "delete from " + table;
		case "CREATE", "DROP", "ALTER" -> verb.toLowerCase(Locale.ROOT) + " " + table;
		default -> "run a statement on " + table;
		};
	}

	private static String table(String sql) {
		var matcher = TABLE.matcher(sql);
		return matcher.find() ? matcher.group(1) : "the database";
	}

	static String abbreviate(String sql) {
		var flat = sql.strip().replaceAll("\\s+", " ");
		return flat.length() <= STATEMENT_LENGTH ? flat : flat.substring(0, STATEMENT_LENGTH) + "...";
	}
}
