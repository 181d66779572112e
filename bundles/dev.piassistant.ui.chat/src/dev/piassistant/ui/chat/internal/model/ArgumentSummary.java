package dev.piassistant.ui.chat.internal.model;

import java.util.ArrayList;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A tool call's arguments in one line ({@code path: src/Point.java, line: 12}) for a collapsed card, and
 * in full, indented, for an expanded one. The model's arguments may be malformed: those are shown as sent.
 */
public final class ArgumentSummary {

	static final int MAX_LINE = 100;
	private static final int MAX_VALUE = 40;
	private static final ObjectMapper JSON = new ObjectMapper();

	private ArgumentSummary() {
	}

	public static String of(String arguments) {
		JsonNode node;
		try {
			node = JSON.readTree(arguments);
		} catch (JsonProcessingException e) {
			return clip(oneLine(arguments), MAX_LINE);
		}
		if (node == null || !node.isObject()) {
			return clip(oneLine(arguments), MAX_LINE);
		}
		var parts = new ArrayList<String>();
		for (var field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
			parts.add(field.getKey() + ": " + value(field.getValue()));
		}
		return clip(String.join(", ", parts), MAX_LINE);
	}

	/**
	 * The arguments for reading: one per line as {@code name: value}, a text with several lines below its
	 * name as it is (a file's content reads as the file), lists and objects as indented JSON. What is not a
	 * JSON object is shown as sent.
	 */
	public static String full(String arguments) {
		JsonNode node;
		try {
			node = JSON.readTree(arguments);
		} catch (JsonProcessingException e) {
			return arguments;
		}
		if (node == null || !node.isObject()) {
			return arguments;
		}
		var lines = new ArrayList<String>();
		for (var field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
			lines.add(field.getKey() + ":" + fullValue(field.getValue()));
		}
		return String.join("\n", lines);
	}

	private static String fullValue(JsonNode value) {
		if (value.isTextual()) {
			var text = value.asText();
			return text.contains("\n") ? "\n" + text.stripTrailing() : " " + text;
		}
		if (value.isContainerNode()) {
			try {
				return "\n" + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
			} catch (JsonProcessingException e) {
				return " " + value;
			}
		}
		return " " + value.asText();
	}

	private static String value(JsonNode value) {
		if (value.isTextual()) {
			return clip(oneLine(value.asText()), MAX_VALUE);
		} else if (value.isArray()) {
			return "[" + value.size() + "]";
		} else if (value.isObject()) {
			return "{...}";
		}
		return value.asText();
	}

	private static String oneLine(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
	}
}
