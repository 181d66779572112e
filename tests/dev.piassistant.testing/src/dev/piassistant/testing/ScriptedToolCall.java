package dev.piassistant.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A tool call in a scripted answer.
 *
 * @param id        the call's id as OpenAI and Anthropic send it (Ollama sends none, so its wire omits it)
 * @param name      the tool's name
 * @param arguments the arguments as JSON text, sent verbatim in pieces (OpenAI, Anthropic); Ollama sends them
 *                  as a JSON object, so for Ollama they must be one
 */
public record ScriptedToolCall(String id, String name, String arguments) {

	public ScriptedToolCall {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(arguments, "arguments");
	}

	/** The arguments in pieces of {@code size} characters (whole code points, never half a surrogate pair). */
	List<String> fragments(int size) {
		if (arguments.isEmpty()) {
			return List.of("");
		}
		var pieces = new ArrayList<String>();
		int[] codePoints = arguments.codePoints().toArray();
		for (int start = 0; start < codePoints.length; start += size) {
			pieces.add(new String(codePoints, start, Math.min(size, codePoints.length - start)));
		}
		return pieces;
	}

	/** The arguments as a JSON value, as Ollama and Anthropic's non-streamed answers carry them. */
	Object argumentsObject() {
		return Json.read(arguments);
	}
}
