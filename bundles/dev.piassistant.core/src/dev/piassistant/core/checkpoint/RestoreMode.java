package dev.piassistant.core.checkpoint;

/** What a restore does about files changed since the agent wrote them. */
public enum RestoreMode {
	/** Restore nothing if any file was changed since; say which ones. */
	STOP_ON_CONFLICT,
	/**
	 * Take the agent's change out of each changed file and keep the user's changes (a three-way merge); where
	 * both changed the same lines, the file gets conflict markers to resolve.
	 */
	MERGE
}
