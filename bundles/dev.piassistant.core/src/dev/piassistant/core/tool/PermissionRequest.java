package dev.piassistant.core.tool;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;

/** A tool call about to run, as a permission policy sees it. */
public record PermissionRequest(SessionId session, TaskId task, String toolName, Risk risk, JsonNode arguments) {

	public PermissionRequest {
		Objects.requireNonNull(session, "session");
		Objects.requireNonNull(task, "task");
		Objects.requireNonNull(toolName, "toolName");
		Objects.requireNonNull(risk, "risk");
		Objects.requireNonNull(arguments, "arguments");
	}
}
