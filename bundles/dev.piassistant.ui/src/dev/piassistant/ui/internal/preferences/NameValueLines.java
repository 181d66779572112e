package dev.piassistant.ui.internal.preferences;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A text field of one {@code name<separator>value} pair per line, as the MCP server dialog shows environment
 * variables ({@code KEY=value}) and HTTP headers ({@code Name: value}). Blank lines are ignored.
 */
record NameValueLines(char separator) {

	static final NameValueLines ENVIRONMENT = new NameValueLines('=');
	static final NameValueLines HEADERS = new NameValueLines(':');

	/** @throws IllegalArgumentException naming the first line without a name and the separator */
	Map<String, String> parse(String text) {
		var values = new LinkedHashMap<String, String>();
		var lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		for (var line : lines) {
			var at = line.indexOf(separator);
			if (at <= 0) {
				throw new IllegalArgumentException(line);
			}
			values.put(line.substring(0, at).strip(), line.substring(at + 1).strip());
		}
		return values;
	}

	String format(Map<String, String> values) {
		var joiner = separator == ':' ? ": " : "=";
		return values.entrySet().stream().map(entry -> entry.getKey() + joiner + entry.getValue())
				.collect(Collectors.joining("\n"));
	}

	/** Arguments, one per line, so that spaces inside one need no quoting. */
	static List<String> arguments(String text) {
		return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}
}
