package dev.piassistant.core.llm;

import java.util.Objects;

/**
 * A tool the model asked to call.
 *
 * @param id        the provider's id for the call, used to match the result; never empty (one is made up
 *                  for providers that send none)
 * @param name      the tool's name
 * @param arguments the arguments as the model wrote them: JSON text, possibly malformed, which is why it
 *                  is kept as text and checked by whoever runs the tool
 */
public record ToolCall(String id, String name, String arguments) {

	public ToolCall {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		arguments = arguments == null || arguments.isBlank() ? "{}" : arguments;
	}
}
