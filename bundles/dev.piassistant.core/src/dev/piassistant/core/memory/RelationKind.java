package dev.piassistant.core.memory;

/** How two entities of the graph are related; each relation reads "source KIND target". */
public enum RelationKind {
	CONTAINS, IMPORTS, DEPENDS_ON, CALLS, EXTENDS, IMPLEMENTS, OVERRIDES, TESTS, AUTHORED_BY, MODIFIED_IN,
	/** Changed together in the same commits (co-change); the weight counts the commits. */
	RELATED_TO,
	MENTIONS, DECIDED_IN
}
