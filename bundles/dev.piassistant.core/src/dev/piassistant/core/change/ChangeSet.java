package dev.piassistant.core.change;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.piassistant.core.ChangeSetId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;

/**
 * The file changes one tool call proposes, for review as a whole or hunk by hunk.
 *
 * @param callId      the tool call that proposed it
 * @param description what the change is for, in the agent's words (may be empty)
 */
public record ChangeSet(ChangeSetId id, SessionId session, TaskId task, String callId, String description,
		List<FileChange> files) {

	public ChangeSet {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(session, "session");
		Objects.requireNonNull(task, "task");
		Objects.requireNonNull(callId, "callId");
		Objects.requireNonNull(description, "description");
		files = List.copyOf(files);
	}

	public Optional<FileChange> file(String path) {
		return files.stream().filter(file -> file.path().equals(path)).findFirst();
	}

	public int hunkCount() {
		return files.stream().mapToInt(file -> file.hunks().size()).sum();
	}

	/** A line per file for the log and the views: kind, path and how many hunks and lines. */
	public List<ChangedFile> summary() {
		return files.stream().map(ChangedFile::of).toList();
	}
}
