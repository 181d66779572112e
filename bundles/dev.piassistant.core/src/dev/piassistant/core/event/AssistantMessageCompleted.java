package dev.piassistant.core.event;

import java.time.Instant;
import java.util.List;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.llm.StopReason;
import dev.piassistant.core.llm.TokenUsage;
import dev.piassistant.core.llm.ToolCall;

/**
 * The assistant's answer is complete: its text, the thinking it showed, the tools it asked for, why it
 * stopped, and what it cost (US dollars by the price table; 0 when the model has no price).
 */
public record AssistantMessageCompleted(SessionId session, Instant at, MessageId message, String text,
		TokenUsage usage, String thinking, List<ToolCall> toolCalls, StopReason stopReason, double cost)
		implements AssistantMessageEnded {

	public AssistantMessageCompleted {
		usage = usage == null ? TokenUsage.UNKNOWN : usage;
		thinking = thinking == null ? "" : thinking;
		toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
		stopReason = stopReason == null ? StopReason.END_TURN : stopReason;
	}

	/** A plain text answer. */
	public AssistantMessageCompleted(SessionId session, Instant at, MessageId message, String text, TokenUsage usage) {
		this(session, at, message, text, usage, "", List.of(), StopReason.END_TURN, 0);
	}
}
