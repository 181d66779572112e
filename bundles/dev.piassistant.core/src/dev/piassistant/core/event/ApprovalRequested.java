package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.tool.Risk;

/**
 * The agent waits for the user to allow a tool call.
 *
 * @param rule what asked for the approval: the permission policy's rule or the approval mode
 */
public record ApprovalRequested(SessionId session, Instant at, TaskId task, QuestionId question, ToolCall call,
		Risk risk, String rule) implements TaskEvent, Question {
}
