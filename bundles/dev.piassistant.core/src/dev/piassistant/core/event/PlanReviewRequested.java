package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;

/** The agent waits for the user to approve (possibly after editing) plan revision {@code revision}. */
public record PlanReviewRequested(SessionId session, Instant at, TaskId task, QuestionId question, int revision)
		implements TaskEvent, Question {
}
