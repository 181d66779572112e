package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.plan.PlanRevision;

/** A plan was made (revision 1) or revised, by the agent or the user. */
public record PlanRevised(SessionId session, Instant at, TaskId task, PlanRevision revision) implements TaskEvent {
}
