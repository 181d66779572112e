package dev.piassistant.core.agent;

/** How a tool call ended. */
public enum CallOutcome {
	/** It ran and returned. */
	COMPLETED,
	/** It ran and failed, or the tool reported an error. */
	FAILED,
	/** The model's arguments were not valid JSON or did not fit the schema, or the tool does not exist. */
	INVALID,
	/** The permission policy or the user refused it. */
	DENIED,
	/** The user stopped the task while it ran. */
	CANCELLED,
	/** Pi Assistant stopped (it was killed) while the call ran; whether it had an effect is unknown. */
	INTERRUPTED
}
