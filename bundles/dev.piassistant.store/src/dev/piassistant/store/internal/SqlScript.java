package dev.piassistant.store.internal;

import java.util.Arrays;
import java.util.List;

/** Splits a migration script into statements: each ends with a semicolon at the end of a line. */
final class SqlScript {

	private SqlScript() {
	}

	static List<String> statements(String script) {
		return Arrays.stream(script.split(";\\s*(\\r?\\n|$)"))
				.map(String::strip)
				.filter(statement -> !statement.isEmpty())
				.toList();
	}
}
