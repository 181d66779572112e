package dev.piassistant.core.change;

import java.util.Objects;

/**
 * One hunk of a file change: whole lines of the file, as the change was proposed against it, replaced by new lines.
 * The unit the user accepts or rejects.
 *
 * @param index  its place among the file change's hunks, from 0
 * @param line   the first replaced line of the base, from 0; for an insertion, the line it goes before
 * @param before the replaced lines with their line ends; empty for an insertion
 * @param after  the new lines with their line ends; empty for a deletion
 */
public record Hunk(int index, int line, String before, String after) {

	public Hunk {
		Objects.requireNonNull(before, "before");
		Objects.requireNonNull(after, "after");
		if (index < 0 || line < 0) {
			throw new IllegalArgumentException("a hunk's index and line start at 0");
		}
	}

	/** Lines it adds, counted as a diff counts them. */
	public int added() {
		return Texts.lineCount(after);
	}

	/** Lines it removes. */
	public int removed() {
		return Texts.lineCount(before);
	}
}
