package dev.piassistant.core.change;

import org.eclipse.jdt.annotation.Nullable;

/** A file change in brief, as the log keeps it: what happens to which file, and how much. */
public record ChangedFile(ChangeKind kind, String path, @Nullable String newPath, int hunks, int added, int removed) {

	public static ChangedFile of(FileChange change) {
		return new ChangedFile(change.kind(), change.path(), change.newPath(), change.hunks().size(), change.added(),
				change.removed());
	}
}
