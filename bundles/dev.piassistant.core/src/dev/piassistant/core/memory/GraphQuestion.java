package dev.piassistant.core.memory;

/** What the graph can be asked about an entity. */
public enum GraphQuestion {
	/** Everything connected to it, the strongest ties first (containment, calls, co-changes, mentions...). */
	RELATED,
	/** Methods that call a method (or any method of a type). */
	CALLERS,
	/** Methods a method calls. */
	CALLEES,
	/** Tests of a type or method: test methods that call it, test classes named after it. */
	TESTS,
	/** Commits that changed its file, newest first, with their authors and dates. */
	HISTORY,
	/** Types that extend or implement a type, and methods that override a method. */
	IMPLEMENTORS,
	/** Types and methods that use a type. */
	REFERENCES
}
