package dev.piassistant.training.internal.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.core.training.DatasetFormat;
import dev.piassistant.core.training.DatasetProblem;

/**
 * Reads a JSON array of objects, or JSON Lines (one object per line). The columns are the fields in the order
 * they first appear; a field an object lacks (or holds null) is an empty cell. Numbers and booleans become
 * their text; nested objects and arrays are refused.
 */
public final class JsonFiles {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private JsonFiles() {
	}

	public static Table readArray(Path file) throws IOException {
		var text = Utf8.read(file);
		var objects = new ArrayList<Located>();
		try (var parser = MAPPER.getFactory().createParser(text)) {
			var first = parser.nextToken();
			if (first == null) {
				throw Problems.of(new DatasetProblem.Empty(file.toString()));
			}
			if (first != JsonToken.START_ARRAY) {
				throw malformed(file, parser.currentTokenLocation().getLineNr(), "expected an array of objects, one per example");
			}
			while (parser.nextToken() == JsonToken.START_OBJECT) {
				var line = parser.currentTokenLocation().getLineNr();
				objects.add(new Located(line, MAPPER.readTree(parser)));
			}
			if (parser.currentToken() != JsonToken.END_ARRAY) {
				throw malformed(file, parser.currentTokenLocation().getLineNr(), "expected an object for each example");
			}
		} catch (JsonProcessingException e) {
			throw malformed(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage());
		}
		return table(file, DatasetFormat.JSON, objects);
	}

	public static Table readLines(Path file) throws IOException {
		var lines = Utf8.read(file).split("\\R", -1);
		var objects = new ArrayList<Located>();
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			try {
				var node = MAPPER.readTree(lines[i]);
				if (!node.isObject()) {
					throw malformed(file, i + 1, "expected one JSON object on each line");
				}
				objects.add(new Located(i + 1, node));
			} catch (JsonProcessingException e) {
				throw malformed(file, i + 1, e.getOriginalMessage());
			}
		}
		return table(file, DatasetFormat.JSON_LINES, objects);
	}

	private record Located(long line, JsonNode object) {
	}

	private static Table table(Path file, DatasetFormat format, List<Located> objects) {
		if (objects.isEmpty()) {
			throw Problems.of(new DatasetProblem.Empty(file.toString()));
		}
		var columns = new LinkedHashMap<String, Integer>();
		objects.forEach(located -> located.object().fieldNames().forEachRemaining(name -> columns.putIfAbsent(name, columns.size())));
		var rows = new ArrayList<Table.Row>(objects.size());
		for (var located : objects) {
			rows.add(new Table.Row(located.line(), cells(file, located, columns)));
		}
		return new Table(format, file.toString(), List.copyOf(columns.keySet()), rows);
	}

	private static List<String> cells(Path file, Located located, Map<String, Integer> columns) {
		var cells = new ArrayList<String>(columns.size());
		for (var name : columns.keySet()) {
			var value = located.object().get(name);
			if (value == null || value.isNull()) {
				cells.add("");
			} else if (value.isContainerNode()) {
				throw malformed(file, located.line(), "field '" + name + "' holds " + (value.isArray() ? "an array" : "an object")
						+ "; give it as text or a number");
			} else {
				cells.add(value.asText().trim());
			}
		}
		return cells;
	}

	private static RuntimeException malformed(Path file, long line, String detail) {
		return Problems.of(new DatasetProblem.Malformed(file.toString(), line, detail));
	}
}
