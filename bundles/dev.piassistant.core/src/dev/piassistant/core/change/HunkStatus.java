package dev.piassistant.core.change;

import java.util.Objects;

/**
 * A hunk as its review has it now: its state, and the region it covers in the file's current text (what it would
 * replace while pending or stale, what it put there once applied or merged).
 */
public record HunkStatus(HunkRef ref, HunkState state, int offset, int length) {

	public HunkStatus {
		Objects.requireNonNull(ref, "ref");
		Objects.requireNonNull(state, "state");
	}
}
