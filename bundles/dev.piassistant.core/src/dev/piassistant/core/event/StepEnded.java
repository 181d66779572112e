package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.plan.StepState;

/** A step is over: done, failed or skipped; the summary is the agent's account of it. */
public record StepEnded(SessionId session, Instant at, TaskId task, StepId step, StepState state, String summary)
		implements TaskEvent {
}
