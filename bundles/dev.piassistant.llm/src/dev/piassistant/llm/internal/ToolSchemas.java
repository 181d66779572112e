package dev.piassistant.llm.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.piassistant.core.llm.ToolSpec;

/**
 * Our tools' JSON schemas in LangChain4j's schema types. What those types can say and every protocol's
 * serializer writes (type, description, items, properties, required, string enums) is converted to them; a
 * schema with any other keyword (minimum, pattern, format, default, integer enums, anyOf, additionalProperties
 * ...) goes whole as a {@link JsonRawSchema}, which every protocol's serializer writes out verbatim. The one
 * loss: the parameters object itself must be a {@link JsonObjectSchema}, whose additionalProperties LangChain4j
 * 1.18 sends only in strict mode (which changes the schema and which local servers refuse), so it is set
 * but not sent.
 */
final class ToolSchemas {

	private static final Set<String> COMMON = Set.of("type", "description");
	private static final Set<String> ARRAY = Set.of("type", "description", "items");
	// LangChain4j 1.18 writes additionalProperties of an object schema only in strict mode: objects that set it stay raw.
	private static final Set<String> OBJECT = Set.of("type", "description", "properties", "required");
	private static final Set<String> ENUM = Set.of("type", "description", "enum");

	private ToolSchemas() {
	}

	static List<ToolSpecification> specifications(List<ToolSpec> tools) {
		return tools.stream().map(ToolSchemas::specification).toList();
	}

	static ToolSpecification specification(ToolSpec tool) {
		return ToolSpecification.builder().name(tool.name()).description(tool.description())
				.parameters(object(tool.parameters())).build();
	}

	/** The parameters: always an object schema, since that is what a tool specification holds. */
	static JsonObjectSchema object(ObjectNode schema) {
		var builder = JsonObjectSchema.builder().description(text(schema, "description"));
		var properties = new LinkedHashMap<String, JsonSchemaElement>();
		schema.path("properties").fields().forEachRemaining(field -> properties.put(field.getKey(), element(field.getValue())));
		builder.addProperties(properties);
		var required = new ArrayList<String>();
		schema.path("required").forEach(name -> required.add(name.asText()));
		if (!required.isEmpty()) {
			builder.required(required);
		}
		if (schema.path("additionalProperties").isBoolean()) {
			builder.additionalProperties(schema.path("additionalProperties").booleanValue());
		}
		var definitions = schema.has("$defs") ? schema.path("$defs") : schema.path("definitions");
		if (definitions.isObject() && definitions.size() > 0) {
			var elements = new LinkedHashMap<String, JsonSchemaElement>();
			definitions.fields().forEachRemaining(field -> elements.put(field.getKey(), element(field.getValue())));
			builder.definitions(elements);
		}
		return builder.build();
	}

	static JsonSchemaElement element(JsonNode schema) {
		if (!schema.isObject()) {
			return JsonRawSchema.from(schema.toString());
		}
		var type = schema.path("type");
		if (schema.has("enum")) {
			return stringEnum(schema);
		}
		if (!type.isTextual()) {
			return raw(schema);
		}
		return switch (type.asText()) {
			case "string" -> only(schema, COMMON) ? JsonStringSchema.builder().description(text(schema, "description")).build() : raw(schema);
			case "integer" -> only(schema, COMMON) ? JsonIntegerSchema.builder().description(text(schema, "description")).build() : raw(schema);
			case "number" -> only(schema, COMMON) ? JsonNumberSchema.builder().description(text(schema, "description")).build() : raw(schema);
			case "boolean" -> only(schema, COMMON) ? JsonBooleanSchema.builder().description(text(schema, "description")).build() : raw(schema);
			case "array" -> only(schema, ARRAY) ? array(schema) : raw(schema);
			case "object" -> only(schema, OBJECT) ? object((ObjectNode) schema) : raw(schema);
			default -> raw(schema);
		};
	}

	private static JsonSchemaElement array(JsonNode schema) {
		var builder = JsonArraySchema.builder().description(text(schema, "description"));
		if (schema.has("items")) {
			builder.items(element(schema.path("items")));
		}
		return builder.build();
	}

	/** LangChain4j's enums are string enums; an enum of numbers (or of a typed non-string) stays raw. */
	private static JsonSchemaElement stringEnum(JsonNode schema) {
		var values = new ArrayList<String>();
		schema.path("enum").forEach(value -> values.add(value.isTextual() ? value.asText() : null));
		var stringTyped = !schema.has("type") || "string".equals(schema.path("type").asText());
		if (!only(schema, ENUM) || !stringTyped || values.contains(null) || values.isEmpty()) {
			return raw(schema);
		}
		return JsonEnumSchema.builder().description(text(schema, "description")).enumValues(values).build();
	}

	private static JsonSchemaElement raw(JsonNode schema) {
		return JsonRawSchema.from(schema.toString());
	}

	private static boolean only(JsonNode schema, Set<String> keywords) {
		var names = schema.fieldNames();
		while (names.hasNext()) {
			if (!keywords.contains(names.next())) {
				return false;
			}
		}
		return true;
	}

	private static String text(JsonNode schema, String field) {
		var value = schema.path(field);
		return value.isTextual() ? value.asText() : null;
	}
}
