package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.Spend;

/** The user stopped the task. */
public record TaskCancelled(SessionId session, Instant at, TaskId task, Spend spent) implements TaskEnded {
}
