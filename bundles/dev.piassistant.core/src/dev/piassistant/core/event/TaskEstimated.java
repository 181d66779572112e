package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.Spend;

/**
 * What the agent expects the plan to cost before it runs it (a rough guess from the plan's size and the
 * conversation so far), next to the task's caps.
 */
public record TaskEstimated(SessionId session, Instant at, TaskId task, Spend estimate, Limits limits)
		implements TaskEvent {
}
