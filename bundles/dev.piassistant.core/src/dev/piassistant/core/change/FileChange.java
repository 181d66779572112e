package dev.piassistant.core.change;

import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

/**
 * What a change set does to one file. Every kind carries its text as hunks, so that reviews and outcomes treat
 * them alike: an added file is one hunk from nothing to its content, a deleted one one hunk from its content to
 * nothing, a rename has the hunks of the lines it also changes (often none).
 *
 * @param path    the file, relative to the workspace, with {@code /} between folders
 * @param newPath where a {@link ChangeKind#RENAME} moves it; null for the other kinds
 * @param base    the file's content the change was proposed against; empty for {@link ChangeKind#ADD}
 * @param hunks   in the order of their lines, indexed from 0
 */
public record FileChange(ChangeKind kind, String path, @Nullable String newPath, String base, List<Hunk> hunks) {

	public FileChange {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(base, "base");
		hunks = List.copyOf(hunks);
		if ((kind == ChangeKind.RENAME) != (newPath != null)) {
			throw new IllegalArgumentException("a new path is given for a rename, and only for a rename");
		}
		for (int i = 0; i < hunks.size(); i++) {
			if (hunks.get(i).index() != i) {
				throw new IllegalArgumentException("hunk " + i + " of " + path + " has index " + hunks.get(i).index());
			}
		}
	}

	/** Where the file is once the change is made. */
	public String target() {
		return newPath != null ? newPath : path;
	}

	/** The base with every hunk applied: the file as the agent proposes it. */
	public String proposed() {
		var text = new StringBuilder(base.length());
		var lines = base.split("(?<=\n)|(?<=\r)(?!\n)", -1);
		int line = 0;
		for (var hunk : hunks) {
			while (line < hunk.line() && line < lines.length) {
				text.append(lines[line++]);
			}
			text.append(hunk.after());
			line += hunk.removed();
		}
		while (line < lines.length) {
			text.append(lines[line++]);
		}
		return text.toString();
	}

	public int added() {
		return hunks.stream().mapToInt(Hunk::added).sum();
	}

	public int removed() {
		return hunks.stream().mapToInt(Hunk::removed).sum();
	}
}
