package dev.piassistant.ui.chat.internal.model;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.TaskId;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.tool.Risk;

/**
 * A tool call the model made, from request to result.
 *
 * @param risk  the tool's risk class; null when no such tool exists
 * @param ended    how it ended, once it has
 * @param undoable whether it changed files under a checkpoint, so that it can be undone
 */
public record ToolCallItem(TaskId task, @Nullable StepId step, ToolCall call, @Nullable Risk risk, State state,
		@Nullable ToolCallEnded ended, boolean undoable) implements TranscriptItem {

	public enum State {
		/** Asked for, and running or about to run. */
		RUNNING,
		/** Waiting for the user to allow it. */
		AWAITING_APPROVAL,
		/** Over; {@link ToolCallItem#ended()} says how. */
		ENDED,
		/** The task stopped (the IDE closed) before the call reported back; whether it had an effect is unknown. */
		INTERRUPTED
	}

	@Override
	public String key() {
		return "call:" + task + ":" + call.id();
	}

	public String summary() {
		return ArgumentSummary.of(call.arguments());
	}
}
