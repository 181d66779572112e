package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.Spend;

/** The task has spent {@link Limits#WARNING_SHARE} of a cap. */
public record BudgetWarned(SessionId session, Instant at, TaskId task, Spend spent, Limits limits) implements TaskEvent {
}
