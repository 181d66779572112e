package dev.piassistant.core.tool;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.ApprovalMode;

/**
 * A tool call about to run, as a permission policy sees it.
 *
 * @param accesses  what the call does, as its tool says ({@link Tool#accesses()})
 * @param grants    the grants given so far that may reach it: the user's answers in the session and those given
 *                  with the task; the policy decides which do
 * @param mode      the task's approval mode: step by step asks for every call no grant covers
 * @param workspace the folder the task works in, against which relative paths are read
 * @param at        when the call is to run, for timed grants
 */
public record PermissionRequest(SessionId session, TaskId task, String toolName, Risk risk, JsonNode arguments,
		List<Access> accesses, List<Grant> grants, ApprovalMode mode, Path workspace, Instant at) {

	public PermissionRequest {
		Objects.requireNonNull(session, "session");
		Objects.requireNonNull(task, "task");
		Objects.requireNonNull(toolName, "toolName");
		Objects.requireNonNull(risk, "risk");
		Objects.requireNonNull(arguments, "arguments");
		accesses = List.copyOf(accesses);
		grants = List.copyOf(grants);
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(workspace, "workspace");
		Objects.requireNonNull(at, "at");
	}

	/** A call in auto mode, with no accesses described and no grants, in the current folder. */
	public PermissionRequest(SessionId session, TaskId task, String toolName, Risk risk, JsonNode arguments) {
		this(session, task, toolName, risk, arguments, List.of(), List.of(), ApprovalMode.AUTO,
				Path.of(System.getProperty("user.dir")), Instant.now());
	}

	/** The grants that reach this call now. */
	public List<Grant> grantsInForce() {
		return grants.stream().filter(grant -> grant.reaches(task, at)).toList();
	}
}
