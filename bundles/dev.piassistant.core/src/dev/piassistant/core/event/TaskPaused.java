package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.PauseReason;

/** The task stopped to ask whether to go on. */
public record TaskPaused(SessionId session, Instant at, TaskId task, QuestionId question, PauseReason reason)
		implements TaskEvent, Question {
}
