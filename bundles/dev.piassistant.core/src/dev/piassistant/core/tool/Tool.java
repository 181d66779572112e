package dev.piassistant.core.tool;

import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.piassistant.core.llm.ToolSpec;

/**
 * Something the agent can do: a name, a description and JSON-schema parameters for the model, a risk class
 * for the permission policy, the handler that does it, and what its calls do ({@link Accesses}: the files,
 * commands and hosts the permission policy judges, and the files checkpointed before a write).
 */
public record Tool(ToolSpec spec, Risk risk, ToolHandler handler, Accesses accesses) {

	public Tool {
		Objects.requireNonNull(spec, "spec");
		Objects.requireNonNull(risk, "risk");
		Objects.requireNonNull(handler, "handler");
		accesses = accesses == null ? Accesses.NONE : accesses;
	}

	/** A tool judged by its risk class alone. */
	public Tool(ToolSpec spec, Risk risk, ToolHandler handler) {
		this(spec, risk, handler, Accesses.NONE);
	}

	public Tool(String name, String description, ObjectNode parameters, Risk risk, ToolHandler handler) {
		this(new ToolSpec(name, description, parameters), risk, handler, Accesses.NONE);
	}

	public Tool(String name, String description, ObjectNode parameters, Risk risk, ToolHandler handler, Accesses accesses) {
		this(new ToolSpec(name, description, parameters), risk, handler, accesses);
	}

	public String name() {
		return spec.name();
	}
}
