package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.Spend;

/** The task is done; the summary is the agent's last answer. */
public record TaskCompleted(SessionId session, Instant at, TaskId task, String summary, Spend spent)
		implements TaskEnded {
}
