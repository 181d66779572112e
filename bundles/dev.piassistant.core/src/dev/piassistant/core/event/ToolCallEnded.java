package dev.piassistant.core.event;

import java.time.Instant;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.agent.Judgement;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.tool.ToolResult;

/**
 * A tool call is over. The result is what the model was told; the judgement compares it with what the step
 * expected, and keeps the reasoning next to the result.
 */
public record ToolCallEnded(SessionId session, Instant at, TaskId task, @Nullable StepId step, String callId,
		String toolName, CallOutcome outcome, ToolResult result, long durationMillis, Judgement judgement)
		implements TaskEvent {
}
