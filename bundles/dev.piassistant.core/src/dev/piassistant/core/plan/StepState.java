package dev.piassistant.core.plan;

/** Where a step is. */
public enum StepState {
	PENDING, RUNNING, BLOCKED, DONE, FAILED, SKIPPED;

	/** Whether the step is over, one way or another. */
	public boolean isFinished() {
		return this == DONE || this == FAILED || this == SKIPPED;
	}
}
