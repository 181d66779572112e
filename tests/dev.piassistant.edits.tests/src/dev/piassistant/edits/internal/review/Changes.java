package dev.piassistant.edits.internal.review;

import java.util.List;

import dev.piassistant.core.ChangeSetId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.change.ChangeKind;
import dev.piassistant.core.change.ChangeSet;
import dev.piassistant.core.change.FileChange;
import dev.piassistant.edits.internal.engine.Hunks;

/** Change sets for tests. */
final class Changes {

	private Changes() {
	}

	static FileChange modify(String path, String base, String proposed) {
		return new FileChange(ChangeKind.MODIFY, path, null, base, Hunks.between(base, proposed));
	}

	static ChangeSet of(FileChange... files) {
		return new ChangeSet(ChangeSetId.random(), SessionId.random(), TaskId.random(), "call_1", "test", List.of(files));
	}
}
