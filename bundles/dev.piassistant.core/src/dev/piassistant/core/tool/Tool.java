package dev.piassistant.core.tool;

import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.piassistant.core.llm.ToolSpec;

/**
 * Something the agent can do: a name, a description and JSON-schema parameters for the model, a risk class
 * for the permission policy, and the handler that does it.
 */
public record Tool(ToolSpec spec, Risk risk, ToolHandler handler) {

	public Tool {
		Objects.requireNonNull(spec, "spec");
		Objects.requireNonNull(risk, "risk");
		Objects.requireNonNull(handler, "handler");
	}

	public Tool(String name, String description, ObjectNode parameters, Risk risk, ToolHandler handler) {
		this(new ToolSpec(name, description, parameters), risk, handler);
	}

	public String name() {
		return spec.name();
	}
}
