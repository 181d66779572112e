package dev.piassistant.core.change;

import java.util.Objects;

/**
 * What became of a hunk when its review ended.
 *
 * @param note the user's reason for a rejection, the lines a merge put in the file, or why a hunk went stale;
 *             empty when there is nothing to say
 */
public record HunkDecision(String path, int index, HunkState state, String note) {

	public HunkDecision {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(state, "state");
		note = note == null ? "" : note;
	}
}
