package dev.piassistant.ui.chat.internal.model;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.CallPurpose;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.TokenUsage;
import dev.piassistant.core.plan.StepId;

/**
 * What the model said: its text (markdown), the thinking it showed, and how the answer ended.
 *
 * @param task         the task it served; null in logs written before tasks existed
 * @param callsTools   whether the answer asked for tool calls
 * @param error        why it failed, when it did
 * @param showsProblem whether the card explains the failure itself: only for answers outside a task, since
 *                     a task's outcome card explains why the task failed
 * @param prompt       what the user asked, for Send again
 */
public record AssistantMessageItem(MessageId message, @Nullable TaskId task, ModelRef model, CallPurpose purpose,
		@Nullable StepId step, State state, String text, String thinking, boolean callsTools, TokenUsage usage, double cost,
		@Nullable ProviderError error, boolean showsProblem, String prompt) implements TranscriptItem {

	public enum State {
		STREAMING, COMPLETED, CANCELLED, FAILED, INTERRUPTED
	}

	@Override
	public String key() {
		return "answer:" + message;
	}
}
