package dev.piassistant.core.change;

/** What a file change does to its file. */
public enum ChangeKind {
	/** Creates the file. */
	ADD,
	/** Changes lines of the file. */
	MODIFY,
	/** Deletes the file. */
	DELETE,
	/** Moves the file, and may change lines of it too. */
	RENAME
}
