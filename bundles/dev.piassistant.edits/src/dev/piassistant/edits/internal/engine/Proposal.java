package dev.piassistant.edits.internal.engine;

import dev.piassistant.core.change.FileChange;

/** A file change the engine made of an edit, or why it could not. */
public sealed interface Proposal {

	/** @param confidence the least sure placement of the edit's parts, from 0 to 1 */
	record Change(FileChange change, double confidence) implements Proposal {
	}

	/** The reason, for the model: nothing was changed. */
	record Problem(String reason) implements Proposal {
	}
}
