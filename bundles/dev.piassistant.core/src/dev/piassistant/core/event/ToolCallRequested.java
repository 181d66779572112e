package dev.piassistant.core.event;

import java.time.Instant;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.tool.Risk;

/**
 * The model asked for a tool call. Whether it runs is decided next (approval) and how it went comes in
 * {@link ToolCallEnded}.
 *
 * @param step the plan step it serves; null when the task has no plan
 * @param risk the tool's risk class; null when no such tool exists
 */
public record ToolCallRequested(SessionId session, Instant at, TaskId task, @Nullable StepId step, ToolCall call,
		@Nullable Risk risk) implements TaskEvent {
}
