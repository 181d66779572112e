package dev.piassistant.ui.plan.internal.model;

/** How an action of the timeline went, or where it is. */
public enum EntryStatus {
	RUNNING, WAITING, DONE, FAILED, INVALID, DENIED, CANCELLED, INTERRUPTED;

	public boolean isOpen() {
		return this == RUNNING || this == WAITING;
	}

	/** Whether it did not do what it was for. */
	public boolean isProblem() {
		return this == FAILED || this == INVALID || this == DENIED || this == INTERRUPTED;
	}
}
