package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.plan.StepId;

/** The agent began a step of the plan. */
public record StepStarted(SessionId session, Instant at, TaskId task, StepId step) implements TaskEvent {
}
