package dev.piassistant.core.checkpoint;

import java.util.List;

/**
 * What a restore would do now: the change to each file it would make with {@link RestoreMode#STOP_ON_CONFLICT}
 * (empty when nothing is to be undone), and the files changed since the agent wrote them, which stop it.
 */
public record RestorePreview(List<FileRestore> files, List<FileConflict> conflicts) {

	public RestorePreview {
		files = List.copyOf(files);
		conflicts = List.copyOf(conflicts);
	}

	public boolean isEmpty() {
		return files.stream().allMatch(file -> file.change() == FileRestore.Change.UNCHANGED) && conflicts.isEmpty();
	}
}
