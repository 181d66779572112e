package dev.piassistant.core.tool;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON schema of a tool's parameters: an object whose properties are typed, so that numbers
 * arrive as numbers and flags as booleans.
 *
 * <pre>
 * Schema.object()
 * 		.string("path", "File to read, relative to the workspace", true)
 * 		.integer("startLine", "First line to read, from 1", false)
 * 		.build();
 * </pre>
 */
public final class Schema {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final ObjectNode root = NODES.objectNode();
	private final ObjectNode properties;
	private final ArrayNode required;

	private Schema() {
		root.put("type", "object");
		properties = root.putObject("properties");
		required = root.putArray("required");
		root.put("additionalProperties", false);
	}

	public static Schema object() {
		return new Schema();
	}

	public Schema string(String name, String description, boolean required) {
		return property(name, typed("string", description), required);
	}

	/** A string that must be one of {@code values}. */
	public Schema choice(String name, String description, List<String> values, boolean required) {
		var node = typed("string", description);
		var allowed = node.putArray("enum");
		values.forEach(allowed::add);
		return property(name, node, required);
	}

	public Schema integer(String name, String description, boolean required) {
		return property(name, typed("integer", description), required);
	}

	/** A whole number within {@code [minimum, maximum]}. */
	public Schema integer(String name, String description, long minimum, long maximum, boolean required) {
		return property(name, typed("integer", description).put("minimum", minimum).put("maximum", maximum), required);
	}

	public Schema number(String name, String description, boolean required) {
		return property(name, typed("number", description), required);
	}

	public Schema bool(String name, String description, boolean required) {
		return property(name, typed("boolean", description), required);
	}

	public Schema stringArray(String name, String description, boolean required) {
		var node = typed("array", description);
		node.putObject("items").put("type", "string");
		return property(name, node, required);
	}

	/** Any schema for a property, for shapes the other methods do not cover. */
	public Schema property(String name, JsonNode schema, boolean isRequired) {
		properties.set(name, schema);
		if (isRequired) {
			required.add(name);
		}
		return this;
	}

	public ObjectNode build() {
		return root.deepCopy();
	}

	private static ObjectNode typed(String type, String description) {
		return NODES.objectNode().put("type", type).put("description", description);
	}
}
