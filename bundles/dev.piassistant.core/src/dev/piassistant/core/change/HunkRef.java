package dev.piassistant.core.change;

import java.util.Objects;

/** A hunk of a change set: its file's path (as in {@link FileChange#path()}) and its index there. */
public record HunkRef(String path, int index) {

	public HunkRef {
		Objects.requireNonNull(path, "path");
	}
}
