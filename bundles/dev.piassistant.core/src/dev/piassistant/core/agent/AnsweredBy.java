package dev.piassistant.core.agent;

/** Who gave an answer to a question of the agent: what the audit trail says decided it. */
public enum AnsweredBy {
	/** The user, asked in the Agent view, the Plan editor or on the terminal. */
	USER,
	/** Grants the user gave before the task ran (the command line's {@code --allow}), without being asked. */
	GRANTED_UP_FRONT,
	/** Nobody could be asked (no terminal), so it was refused. */
	NOBODY;
}
