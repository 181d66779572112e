package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.Spend;
import dev.piassistant.core.agent.TaskProblem;

/** The task could not be finished. */
public record TaskFailed(SessionId session, Instant at, TaskId task, TaskProblem problem, Spend spent)
		implements TaskEnded {
}
