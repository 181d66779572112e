package dev.piassistant.core.agent;

/** How far an approval reaches in time; what it allows is its {@link dev.piassistant.core.tool.GrantTarget}. */
public enum GrantScope {
	/** This call only. */
	ONCE,
	/** Calls it covers for the rest of the task. */
	TASK,
	/** Calls it covers for the rest of the session (the chat). */
	SESSION,
	/** Calls it covers for a number of minutes. */
	TIMED
}
