package dev.piassistant.core.checkpoint;

import java.nio.file.Path;
import java.util.Objects;

/** What a restore did, or would do, to one file. */
public record FileRestore(Path file, Change change) {

	public enum Change {
		/** Its content (and mode) went back to the kept state. */
		RESTORED,
		/** The agent had created it; it was deleted. */
		DELETED,
		/** The agent had deleted it; it was written again. */
		RECREATED,
		/** The user had changed it since: the agent's change was taken out, the user's kept. */
		MERGED,
		/** As MERGED, but both changed the same lines: the file has conflict markers to resolve. */
		MERGED_WITH_CONFLICTS,
		/** It is already in the kept state. */
		UNCHANGED
	}

	public FileRestore {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(change, "change");
	}
}
