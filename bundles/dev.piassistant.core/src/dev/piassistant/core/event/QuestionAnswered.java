package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.AnsweredBy;

/**
 * A question was answered: by the user (from the Agent view, the Plan editor or the terminal), by grants given up
 * front, or refused because nobody could be asked. Events written before {@code by} existed read as the user's.
 */
public record QuestionAnswered(SessionId session, Instant at, TaskId task, QuestionId question, Answer answer, AnsweredBy by)
		implements TaskEvent {

	public QuestionAnswered {
		by = by == null ? AnsweredBy.USER : by;
	}

	/** The user's answer. */
	public QuestionAnswered(SessionId session, Instant at, TaskId task, QuestionId question, Answer answer) {
		this(session, at, task, question, answer, AnsweredBy.USER);
	}
}
