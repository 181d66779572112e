package dev.piassistant.ui.plan.internal.editor;

import java.util.List;
import java.util.stream.Collectors;

import dev.piassistant.core.checkpoint.FileConflict;
import dev.piassistant.core.checkpoint.FileRestore;
import dev.piassistant.ui.plan.internal.Messages;

/** The files of an undo, a line each, in the user's words. */
final class UndoTexts {

	private UndoTexts() {
	}

	static String files(List<FileRestore> files) {
		return files.stream()
				.filter(file -> file.change() != FileRestore.Change.UNCHANGED)
				.map(file -> "  " + file.file() + " (" + Messages.of("Restore_", file.change()) + ")")
				.collect(Collectors.joining("\n"));
	}

	static String conflicts(List<FileConflict> files) {
		return files.stream()
				.map(file -> "  " + file.file() + " (" + Messages.of("Conflict_", file.reason()) + ")")
				.collect(Collectors.joining("\n"));
	}
}
