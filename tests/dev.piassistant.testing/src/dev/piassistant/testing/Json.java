package dev.piassistant.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Small JSON helpers: ordered objects read like the wire format they produce. */
final class Json {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private Json() {
	}

	/** An ordered object from alternating keys and values; values may be null (written as JSON null). */
	static Map<String, Object> obj(Object... keysAndValues) {
		if (keysAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("keys and values must come in pairs");
		}
		var map = new LinkedHashMap<String, Object>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/** Compact JSON text, on one line as SSE and NDJSON need. */
	static String write(Object value) {
		try {
			return MAPPER.writeValueAsString(value);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("cannot write JSON for " + value, e);
		}
	}

	static JsonNode read(String text) {
		try {
			return MAPPER.readTree(text);
		} catch (JsonProcessingException e) {
			String start = text.length() > 200 ? text.substring(0, 200) + "..." : text;
			throw new IllegalArgumentException("not JSON: " + start, e);
		}
	}
}
