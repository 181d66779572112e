package dev.piassistant.core.llm;

import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A tool as the model is told about it.
 *
 * @param name        what the model calls it: letters, digits, '_' and '-'
 * @param description when and how to use it, for the model
 * @param parameters  a JSON schema of type object describing the arguments (numbers are numbers)
 */
public record ToolSpec(String name, String description, ObjectNode parameters) {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	public ToolSpec {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(parameters, "parameters");
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("tool name '" + name + "' must be 1-64 letters, digits, '_' or '-'");
		}
		if (!"object".equals(parameters.path("type").asText())) {
			throw new IllegalArgumentException("the parameters of tool '" + name + "' must be a schema of type object");
		}
	}
}
