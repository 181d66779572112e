package dev.piassistant.core.event;

import java.time.Instant;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.tool.Permission;

/**
 * The permission policy decided about a tool call: allowed (by which default, rule or grant), to be asked, or
 * denied. An ask is followed by the {@link ApprovalRequested} and the user's answer.
 */
public record PermissionDecided(SessionId session, Instant at, TaskId task, @Nullable StepId step, String callId,
		String toolName, Permission permission) implements TaskEvent {
}
