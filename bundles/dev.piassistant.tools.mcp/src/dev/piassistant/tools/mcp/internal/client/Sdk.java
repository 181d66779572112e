package dev.piassistant.tools.mcp.internal.client;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.json.schema.jackson3.DefaultJsonSchemaValidator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SDK's JSON mapper and schema validator, made here: inside OSGi the SDK would look them up through
 * Declarative Services or the service loader, which do not reach jars carried inside this bundle.
 */
public final class Sdk {

	private static final JsonMapper JACKSON = JsonMapper.builder().build();
	public static final McpJsonMapper MAPPER = new JacksonMcpJsonMapper(JACKSON);

	private Sdk() {
	}

	public static JsonSchemaValidator validator() {
		return new DefaultJsonSchemaValidator(JACKSON);
	}

	/** A value of the SDK (a schema, arguments) as JSON text. */
	public static String json(Object value) {
		try {
			return MAPPER.writeValueAsString(value);
		} catch (java.io.IOException e) {
			throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
		}
	}
}
