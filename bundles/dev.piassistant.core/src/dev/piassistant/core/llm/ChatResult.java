package dev.piassistant.core.llm;

import java.util.Objects;

/** A complete answer: its whole text, the tokens it cost and why the model stopped. */
public record ChatResult(String text, TokenUsage usage, String finishReason) {

	public ChatResult {
		Objects.requireNonNull(text, "text");
		usage = usage == null ? TokenUsage.UNKNOWN : usage;
		finishReason = finishReason == null ? "" : finishReason;
	}
}
