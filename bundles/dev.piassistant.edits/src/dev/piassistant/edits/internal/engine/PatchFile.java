package dev.piassistant.edits.internal.engine;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.change.ChangeKind;

/**
 * One file's part of a unified diff.
 *
 * @param oldPath null for a new file
 * @param newPath null for a deleted file
 */
public record PatchFile(@Nullable String oldPath, @Nullable String newPath, List<PatchHunk> hunks) {

	public PatchFile {
		hunks = List.copyOf(hunks);
	}

	public ChangeKind kind() {
		if (oldPath == null) {
			return ChangeKind.ADD;
		}
		if (newPath == null) {
			return ChangeKind.DELETE;
		}
		return oldPath.equals(newPath) ? ChangeKind.MODIFY : ChangeKind.RENAME;
	}

	/** The path the file has now (the new one for an added file). */
	public String path() {
		var path = oldPath != null ? oldPath : newPath;
		return path == null ? "" : path;
	}
}
