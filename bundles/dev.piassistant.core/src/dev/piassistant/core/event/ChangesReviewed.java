package dev.piassistant.core.event;

import java.time.Instant;
import java.util.List;

import dev.piassistant.core.ChangeSetId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.change.HunkDecision;

/**
 * The review of a change set ended: what became of each hunk.
 *
 * @param withdrawn whether it ended before every hunk was decided (the task was stopped)
 */
public record ChangesReviewed(SessionId session, Instant at, TaskId task, String callId, ChangeSetId set,
		List<HunkDecision> hunks, boolean withdrawn) implements ToolEvent {

	public ChangesReviewed {
		hunks = List.copyOf(hunks);
	}
}
