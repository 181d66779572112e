package dev.piassistant.ui.undo;

import java.util.List;
import java.util.stream.Collectors;

import dev.piassistant.core.checkpoint.FileConflict;
import dev.piassistant.core.checkpoint.FileRestore;

/** The files of an undo, a line each, in the user's words. */
final class UndoTexts {

	private UndoTexts() {
	}

	static String files(List<FileRestore> files) {
		return files.stream()
				.filter(file -> file.change() != FileRestore.Change.UNCHANGED)
				.map(file -> "  " + file.file() + " (" + Messages.change(file.change()) + ")")
				.collect(Collectors.joining("\n"));
	}

	static String conflicts(List<FileConflict> files) {
		return files.stream()
				.map(file -> "  " + file.file() + " (" + Messages.conflict(file.reason()) + ")")
				.collect(Collectors.joining("\n"));
	}
}
