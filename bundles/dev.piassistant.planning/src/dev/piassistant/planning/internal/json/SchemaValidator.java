package dev.piassistant.planning.internal.json;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a JSON value against the JSON Schema keywords that tool parameters use: type, properties,
 * required, additionalProperties, enum, minimum, maximum, minLength, maxLength, items, minItems,
 * maxItems. Every problem is reported with its path, so that a model can correct exactly what was wrong.
 * (A full validator from Maven Central would need SLF4J 2 and YAML in the runtime; this subset is all the
 * agent's schemas use.)
 */
public final class SchemaValidator {

	private SchemaValidator() {
	}

	/** The problems of {@code value}, each a sentence naming where; empty when it is valid. */
	public static List<String> problems(JsonNode schema, JsonNode value) {
		var problems = new ArrayList<String>();
		check(schema, value, "", problems);
		return problems;
	}

	private static void check(JsonNode schema, JsonNode value, String path, List<String> problems) {
		var type = schema.path("type");
		if (!type.isMissingNode() && !Types.matches(type, value)) {
			problems.add(where(path) + "must be " + Types.describe(type) + ", not " + Types.describeValue(value));
			return;
		}
		checkEnum(schema, value, path, problems);
		if (value.isObject()) {
			checkObject(schema, value, path, problems);
		} else if (value.isArray()) {
			checkArray(schema, value, path, problems);
		} else if (value.isNumber()) {
			checkRange(schema, value, path, problems);
		} else if (value.isTextual()) {
			checkLength(schema, value.asText(), path, problems);
		}
	}

	private static void checkEnum(JsonNode schema, JsonNode value, String path, List<String> problems) {
		var allowed = schema.path("enum");
		if (!allowed.isArray()) {
			return;
		}
		for (var option : allowed) {
			if (option.equals(value)) {
				return;
			}
		}
		problems.add(where(path) + "must be one of " + allowed + ", not " + value);
	}

	private static void checkObject(JsonNode schema, JsonNode value, String path, List<String> problems) {
		var properties = schema.path("properties");
		for (var name : schema.path("required")) {
			if (!value.has(name.asText()) || value.get(name.asText()).isNull()) {
				problems.add("missing required " + where(join(path, name.asText())).strip());
			}
		}
		var names = value.fieldNames();
		while (names.hasNext()) {
			var name = names.next();
			var propertySchema = properties.get(name);
			if (propertySchema != null) {
				check(propertySchema, value.get(name), join(path, name), problems);
			} else if (schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean()) {
				var known = new ArrayList<String>();
				properties.fieldNames().forEachRemaining(known::add);
				problems.add(where(join(path, name)) + "is not a parameter (allowed: " + String.join(", ", known) + ")");
			}
		}
	}

	private static void checkArray(JsonNode schema, JsonNode value, String path, List<String> problems) {
		var min = schema.path("minItems");
		var max = schema.path("maxItems");
		if (min.isNumber() && value.size() < min.asInt()) {
			problems.add(where(path) + "needs at least " + min.asInt() + " item(s), has " + value.size());
		}
		if (max.isNumber() && value.size() > max.asInt()) {
			problems.add(where(path) + "may have at most " + max.asInt() + " item(s), has " + value.size());
		}
		var items = schema.path("items");
		if (items.isObject()) {
			for (int i = 0; i < value.size(); i++) {
				check(items, value.get(i), path + "[" + i + "]", problems);
			}
		}
	}

	private static void checkRange(JsonNode schema, JsonNode value, String path, List<String> problems) {
		var minimum = schema.path("minimum");
		var maximum = schema.path("maximum");
		if (minimum.isNumber() && value.asDouble() < minimum.asDouble()) {
			problems.add(where(path) + "must be at least " + minimum + ", not " + value);
		}
		if (maximum.isNumber() && value.asDouble() > maximum.asDouble()) {
			problems.add(where(path) + "must be at most " + maximum + ", not " + value);
		}
	}

	private static void checkLength(JsonNode schema, String text, String path, List<String> problems) {
		var min = schema.path("minLength");
		var max = schema.path("maxLength");
		if (min.isNumber() && text.length() < min.asInt()) {
			problems.add(where(path) + "must have at least " + min.asInt() + " character(s)");
		}
		if (max.isNumber() && text.length() > max.asInt()) {
			problems.add(where(path) + "must have at most " + max.asInt() + " characters, has " + text.length());
		}
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

	private static String where(String path) {
		return path.isEmpty() ? "the arguments " : "'" + path + "' ";
	}
}
