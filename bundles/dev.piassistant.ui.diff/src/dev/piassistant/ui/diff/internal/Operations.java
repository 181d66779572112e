package dev.piassistant.ui.diff.internal;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.change.FileChange;

/** The question asked about a file the agent creates, deletes or moves. */
final class Operations {

	private Operations() {
	}

	static String question(FileChange file) {
		return switch (file.kind()) {
		case ADD -> NLS.bind(Messages.CreateFile, file.path(), file.added());
		case DELETE -> NLS.bind(Messages.DeleteFile, file.path(), file.removed());
		case RENAME -> NLS.bind(Messages.MoveFile, file.path(), file.newPath());
		case MODIFY -> file.path();
		};
	}
}
