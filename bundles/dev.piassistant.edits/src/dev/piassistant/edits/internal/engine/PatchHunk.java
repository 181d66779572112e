package dev.piassistant.edits.internal.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A hunk of a unified diff as written, line numbers and all (which may be wrong).
 *
 * @param oldStart      where the header says the old lines start, from 0; -1 when it says nothing
 * @param oldNoNewline  whether the old side's last line had no line end ("\ No newline at end of file")
 * @param newNoNewline  the same for the new side
 */
public record PatchHunk(int oldStart, List<Line> lines, boolean oldNoNewline, boolean newNoNewline) {

	/** A line of the hunk: {@code ' '} kept, {@code '-'} removed, {@code '+'} added; text without its end. */
	public record Line(char kind, String text) {
	}

	public PatchHunk {
		lines = List.copyOf(lines);
	}

	/** The lines the hunk expects in the file: kept and removed ones. */
	public List<String> oldLines() {
		var old = new ArrayList<String>();
		for (var line : lines) {
			if (line.kind() != '+') {
				old.add(line.text());
			}
		}
		return old;
	}

	/** Per old line, whether the hunk removes it. */
	public boolean[] removed() {
		var old = oldLines().size();
		var removed = new boolean[old];
		int i = 0;
		for (var line : lines) {
			if (line.kind() != '+') {
				removed[i++] = line.kind() == '-';
			}
		}
		return removed;
	}

	public List<String> newLines() {
		var added = new ArrayList<String>();
		for (var line : lines) {
			if (line.kind() != '-') {
				added.add(line.text());
			}
		}
		return added;
	}
}
