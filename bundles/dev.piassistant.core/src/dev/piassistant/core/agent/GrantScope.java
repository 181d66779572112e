package dev.piassistant.core.agent;

/** How far an approval reaches. Grants are per tool. */
public enum GrantScope {
	/** This call only. */
	ONCE,
	/** Calls of the same tool for the rest of the task. */
	TASK,
	/** Calls of the same tool for the rest of the session. */
	SESSION,
	/** Calls of the same tool for a number of minutes. */
	TIMED
}
