package dev.piassistant.core.memory;

/** What a node of the knowledge graph stands for. */
public enum EntityKind {
	PROJECT, PACKAGE, FILE, TYPE, METHOD, FIELD,
	/** A test method (JUnit's {@code @Test} and its kin, or a JUnit 3 {@code testX}). */
	TEST,
	COMMIT, AUTHOR,
	/** A section of a knowledge file. */
	CONCEPT,
	/** A tool the agent used. */
	TOOL,
	/** A task the agent did: its episode. */
	TASK,
	/** A decision taken in a task, with its reason (a plan revision). */
	DECISION
}
