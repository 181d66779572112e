package dev.piassistant.tools.mcp.internal.client;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.json.schema.jackson3.DefaultJsonSchemaValidator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.TypeFactory;

/**
 * The SDK's JSON mapper and schema validator, made here: inside OSGi the SDK would look them up through
 * Declarative Services or the service loader, which do not reach jars carried inside this bundle.
 */
public final class Sdk {

	/**
	 * Types named in the messages (a resource's contents) are looked up through this bundle, which carries the
	 * SDK: the thread's context class loader, Jackson's default, cannot see it when a job's thread asks.
	 */
	private static final JsonMapper JACKSON = JsonMapper.builder()
			.typeFactory(TypeFactory.createDefaultInstance().withClassLoader(Sdk.class.getClassLoader())).build();
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
