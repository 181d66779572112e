package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.Answer;

/** The user answered a question (from the Agent view, the Plan editor or the terminal). */
public record QuestionAnswered(SessionId session, Instant at, TaskId task, QuestionId question, Answer answer)
		implements TaskEvent {
}
