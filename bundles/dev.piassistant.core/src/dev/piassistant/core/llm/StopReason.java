package dev.piassistant.core.llm;

/** Why the model stopped. */
public enum StopReason {
	/** It finished its answer. */
	END_TURN,
	/** It wants tools called before it goes on. */
	TOOL_USE,
	/** It hit the output token limit; the answer is cut off. */
	MAX_TOKENS,
	/** The provider filtered the answer. */
	CONTENT_FILTER,
	/** Anything the provider reported that is none of the above. */
	OTHER
}
