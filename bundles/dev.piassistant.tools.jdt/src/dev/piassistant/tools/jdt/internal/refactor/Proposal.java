package dev.piassistant.tools.jdt.internal.refactor;

import java.util.List;

import dev.piassistant.core.change.FileChange;

/**
 * What a refactoring would do, not done: its file changes for review, and what the model should know about it (the
 * refactoring's warnings, imports it could not decide).
 *
 * @param title what it does, in a few words
 */
public record Proposal(String title, List<FileChange> files, List<String> notes) {

	public Proposal {
		files = List.copyOf(files);
		notes = List.copyOf(notes);
	}
}
