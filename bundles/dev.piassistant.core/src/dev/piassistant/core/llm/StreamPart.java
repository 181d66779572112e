package dev.piassistant.core.llm;

import java.util.Objects;

/**
 * One piece of a streamed answer, in the order the model produced it. A stream ends with exactly one
 * {@link Finished}, unless it fails or is cancelled.
 */
public sealed interface StreamPart {

	/** More of the answer's text. */
	record TextDelta(String text) implements StreamPart {
		public TextDelta {
			Objects.requireNonNull(text, "text");
		}
	}

	/** More of the reasoning the model shows before or between its answers. */
	record ThinkingDelta(String text) implements StreamPart {
		public ThinkingDelta {
			Objects.requireNonNull(text, "text");
		}
	}

	/** A tool call, complete with its arguments (however many chunks they arrived in). */
	record ToolCallPart(int index, ToolCall call) implements StreamPart {
		public ToolCallPart {
			Objects.requireNonNull(call, "call");
		}
	}

	/** Tokens the provider reported; the last one reported counts. */
	record UsagePart(TokenUsage usage) implements StreamPart {
		public UsagePart {
			Objects.requireNonNull(usage, "usage");
		}
	}

	/** The end of the answer: the whole message as assembled, its tokens, and why the model stopped. */
	record Finished(StopReason reason, AssistantMessage message, TokenUsage usage) implements StreamPart {
		public Finished {
			Objects.requireNonNull(reason, "reason");
			Objects.requireNonNull(message, "message");
			usage = usage == null ? TokenUsage.UNKNOWN : usage;
		}
	}
}
