package dev.piassistant.core.event;

import java.time.Instant;
import java.util.List;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.tool.GrantTarget;
import dev.piassistant.core.tool.Risk;

/**
 * The agent waits for the user to allow a tool call.
 *
 * @param rule    what asked for the approval: the permission policy's rule or the approval mode
 * @param choices what the user may grant beyond this call, narrowest first; empty: calls of the same tool
 */
public record ApprovalRequested(SessionId session, Instant at, TaskId task, QuestionId question, ToolCall call,
		Risk risk, String rule, List<GrantTarget> choices) implements TaskEvent, Question {

	public ApprovalRequested {
		choices = choices == null ? List.of() : List.copyOf(choices);
	}

	public ApprovalRequested(SessionId session, Instant at, TaskId task, QuestionId question, ToolCall call, Risk risk,
			String rule) {
		this(session, at, task, question, call, risk, rule, List.of());
	}
}
