package dev.piassistant.core.plan;

/** What the user asked of a step. */
public enum StepFlag {
	/** Do not run it. */
	SKIP,
	/** Pause and ask before running it. */
	ASK_FIRST
}
