package dev.piassistant.edits.internal.review;

import dev.piassistant.core.change.ChangeSet;
import dev.piassistant.core.tool.ToolContext;

/** The checkpoint taken before a review may write any of its files, so that the task's changes can be undone. */
final class Checkpoints {

	private Checkpoints() {
	}

	/**
	 * Takes a checkpoint of the change set's files as they are on disk, before anything of it is written. The
	 * checkpoint service of the tools bundle takes it when one is installed.
	 */
	static void before(ChangeSet changes, ToolContext context) {
		// The checkpoint API is not in core yet: the call goes here.
	}
}
