package dev.piassistant.core.event;

import java.time.Instant;
import java.util.List;

import dev.piassistant.core.ChangeSetId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.change.ChangedFile;

/** A tool call proposed a change set; its review starts. The files are in brief: the texts stay with the review. */
public record ChangesProposed(SessionId session, Instant at, TaskId task, String callId, ChangeSetId set,
		String description, List<ChangedFile> files) implements ToolEvent {

	public ChangesProposed {
		files = List.copyOf(files);
	}
}
