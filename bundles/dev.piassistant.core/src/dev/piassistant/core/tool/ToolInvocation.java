package dev.piassistant.core.tool;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import dev.piassistant.core.llm.ToolCall;

/**
 * One call of a tool.
 *
 * @param call      the call as the model made it
 * @param arguments its arguments, parsed and valid against the tool's schema
 * @param context   where and for whom it runs
 */
public record ToolInvocation(ToolCall call, JsonNode arguments, ToolContext context) {

	public ToolInvocation {
		Objects.requireNonNull(call, "call");
		Objects.requireNonNull(arguments, "arguments");
		Objects.requireNonNull(context, "context");
	}

	/** A text argument, or the fallback when it is absent. */
	public String text(String name, String fallback) {
		var value = arguments.get(name);
		return value == null || value.isNull() ? fallback : value.asText();
	}

	/** A whole-number argument, or the fallback when it is absent. */
	public long number(String name, long fallback) {
		var value = arguments.get(name);
		return value == null || value.isNull() ? fallback : value.asLong();
	}

	/** A true/false argument, or the fallback when it is absent. */
	public boolean flag(String name, boolean fallback) {
		var value = arguments.get(name);
		return value == null || value.isNull() ? fallback : value.asBoolean();
	}
}
