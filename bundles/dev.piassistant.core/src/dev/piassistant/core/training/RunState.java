package dev.piassistant.core.training;

/** Where a run is. */
public enum RunState {
	RUNNING,
	/** It trained until early stopping or its last epoch, and was tested. */
	COMPLETED,
	/** The user stopped it; its best checkpoint was tested and can be deployed. */
	STOPPED,
	FAILED,
	/** The IDE went away while it ran; it can be resumed from its last checkpoint. */
	INTERRUPTED;

	public boolean isEnded() {
		return this != RUNNING;
	}

	/** Whether a tested model came out of it. */
	public boolean isDeployable() {
		return this == COMPLETED || this == STOPPED;
	}
}
