package dev.piassistant.planning.internal.json;

import java.util.ArrayList;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON Schema's "type" keyword: matching a value and describing both for an error message. */
final class Types {

	private Types() {
	}

	static boolean matches(JsonNode type, JsonNode value) {
		if (type.isArray()) {
			for (var option : type) {
				if (matches(option.asText(), value)) {
					return true;
				}
			}
			return false;
		}
		return matches(type.asText(), value);
	}

	private static boolean matches(String type, JsonNode value) {
		return switch (type) {
			case "object" -> value.isObject();
			case "array" -> value.isArray();
			case "string" -> value.isTextual();
			case "integer" -> value.isIntegralNumber() || value.isNumber() && value.asDouble() == Math.rint(value.asDouble());
			case "number" -> value.isNumber();
			case "boolean" -> value.isBoolean();
			case "null" -> value.isNull();
			default -> true;
		};
	}

	static String describe(JsonNode type) {
		if (!type.isArray()) {
			return article(type.asText());
		}
		var options = new ArrayList<String>();
		type.forEach(option -> options.add(article(option.asText())));
		return String.join(" or ", options);
	}

	static String describeValue(JsonNode value) {
		String kind;
		if (value.isObject()) {
			kind = "an object";
		} else if (value.isArray()) {
			kind = "an array";
		} else if (value.isTextual()) {
			kind = "a string";
		} else if (value.isNumber()) {
			kind = "a number";
		} else if (value.isBoolean()) {
			kind = "a boolean";
		} else {
			kind = "null";
		}
		var shown = value.toString();
		return value.isContainerNode() || shown.length() > 60 ? kind : kind + " (" + shown + ")";
	}

	private static String article(String type) {
		return switch (type) {
			case "integer", "array", "object" -> "an " + type;
			case "null" -> "null";
			default -> "a " + type;
		};
	}
}
