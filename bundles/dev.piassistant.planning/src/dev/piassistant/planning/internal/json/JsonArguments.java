package dev.piassistant.planning.internal.json;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Reads the arguments of a tool call as the model wrote them and checks them against the tool's schema. */
public final class JsonArguments {

	private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

	private JsonArguments() {
	}

	/** The parsed arguments, or the problems that a model can correct. */
	public sealed interface Parsed {
	}

	public record Valid(JsonNode value) implements Parsed {
	}

	public record Invalid(List<String> problems) implements Parsed {
		public String describe() {
			return String.join("; ", problems);
		}
	}

	public static Parsed parse(String arguments, JsonNode schema) {
		JsonNode value;
		try {
			value = JSON.readTree(arguments);
		} catch (JsonProcessingException e) {
			return new Invalid(List.of("the arguments are not valid JSON (" + e.getOriginalMessage() + " at column "
					+ e.getLocation().getColumnNr() + ")"));
		}
		if (value == null || value.isMissingNode()) {
			return new Invalid(List.of("the arguments are empty; send a JSON object"));
		}
		var problems = SchemaValidator.problems(schema, value);
		return problems.isEmpty() ? new Valid(value) : new Invalid(problems);
	}

	/** The same arguments always read the same, whatever the key order or spacing: for spotting repeats. */
	public static String canonical(String arguments) {
		try {
			var tree = JSON.readTree(arguments);
			return tree == null ? arguments.strip() : JSON.writeValueAsString(JSON.treeToValue(tree, Object.class));
		} catch (JsonProcessingException e) {
			return arguments.strip();
		}
	}
}
