package dev.piassistant.core.tool;

/** What a tool can do to the user's machine; permission policies decide by it. */
public enum Risk {
	/** Reads files, metadata or the IDE's state; changes nothing. */
	READ,
	/** Changes files or the IDE's state (through change sets the user reviews). */
	WRITE,
	/** Runs programs. */
	EXECUTE,
	/** Talks to other machines. */
	NETWORK
}
