package dev.piassistant.tools.internal.checkpoint;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A file's state as a checkpoint keeps it: its content as a blob id in a git repository and its kind, or that
 * it does not exist.
 *
 * @param blob null when the file does not exist
 */
record FileState(@Nullable ObjectId blob, Kind kind) {

	enum Kind {
		ABSENT, REGULAR, EXECUTABLE, SYMLINK
	}

	static final FileState ABSENT = new FileState(null, Kind.ABSENT);

	boolean exists() {
		return blob != null;
	}

	/** The text stored in the database: the blob's hex id, or null for an absent file. */
	@Nullable
	String blobName() {
		var id = blob;
		return id == null ? null : id.name();
	}

	static FileState of(@Nullable String blobName, int kind) {
		return blobName == null ? ABSENT : new FileState(ObjectId.fromString(blobName), Kind.values()[kind]);
	}
}
