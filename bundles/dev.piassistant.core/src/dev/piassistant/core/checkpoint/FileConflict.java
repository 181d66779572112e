package dev.piassistant.core.checkpoint;

import java.nio.file.Path;
import java.util.Objects;

/** A file a restore stopped at, because someone changed it after the agent did. */
public record FileConflict(Path file, Reason reason) {

	public enum Reason {
		/** Its content differs from what the agent left. */
		CHANGED_SINCE,
		/** The agent left it there and it is gone now. */
		DELETED_SINCE,
		/** The agent had deleted it and it exists again. */
		CREATED_SINCE,
		/** What the agent left was never recorded (Pi Assistant stopped during the write). */
		RESULT_UNKNOWN,
		/** It is binary, so the user's changes cannot be merged with the restore. */
		BINARY
	}

	public FileConflict {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(reason, "reason");
	}
}
