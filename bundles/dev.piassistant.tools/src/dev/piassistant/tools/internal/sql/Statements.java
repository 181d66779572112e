package dev.piassistant.tools.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SQL text split into statements and judged: a query only reads when every statement is a SELECT, VALUES, EXPLAIN
 * or a PRAGMA without a value. Anything else writes, and needs a grant; a query judged a read also runs on a
 * connection opened read-only, so a wrong judgement cannot write.
 */
final class Statements {

	private static final Set<String> READING = Set.of("select", "values", "explain", "with");
	private static final Set<String> WRITING_WORDS = Set.of("insert", "update", "delete", "replace", "create", "drop", "alter", "attach");

	private Statements() {
	}

	static boolean onlyRead(String sql) {
		for (var statement : split(sql)) {
			var words = words(statement);
			if (words.isEmpty()) {
				continue;
			}
			var first = words.get(0);
			if (first.equals("pragma")) {
				if (statement.contains("=") || statement.contains("(")) {
					return false;
				}
			} else if (!READING.contains(first) || first.equals("with") && words.stream().anyMatch(WRITING_WORDS::contains)) {
				return false;
			}
		}
		return true;
	}

	/** Statements separated by semicolons outside quotes and comments, comments removed. */
	static List<String> split(String sql) {
		var statements = new ArrayList<String>();
		var current = new StringBuilder();
		for (int i = 0; i < sql.length(); i++) {
			var c = sql.charAt(i);
			if (c == '\'' || c == '"' || c == '`') {
				var end = sql.indexOf(c, i + 1);
				end = end < 0 ? sql.length() - 1 : end;
				current.append(sql, i, end + 1);
				i = end;
			} else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
				var end = sql.indexOf('\n', i);
				i = end < 0 ? sql.length() : end;
			} else if (c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
				var end = sql.indexOf("*/", i + 2);
				i = end < 0 ? sql.length() : end + 1;
			} else if (c == ';') {
				add(statements, current);
			} else {
				current.append(c);
			}
		}
		add(statements, current);
		return statements;
	}

	private static void add(List<String> statements, StringBuilder current) {
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		current.setLength(0);
	}

	private static List<String> words(String statement) {
		var words = new ArrayList<String>();
		for (var word : statement.toLowerCase(Locale.ROOT).split("[^a-z_]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}
}
