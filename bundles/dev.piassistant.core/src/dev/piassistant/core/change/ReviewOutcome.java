package dev.piassistant.core.change;

import java.util.List;
import java.util.Objects;

import dev.piassistant.core.ChangeSetId;

/**
 * How the review of a change set ended: a decision per hunk.
 *
 * @param withdrawn whether the review was ended before every hunk was decided (the task was stopped); its
 *                  undecided hunks were not applied
 */
public record ReviewOutcome(ChangeSetId set, List<HunkDecision> hunks, boolean withdrawn) {

	public ReviewOutcome {
		Objects.requireNonNull(set, "set");
		hunks = List.copyOf(hunks);
	}

	public long count(HunkState state) {
		return hunks.stream().filter(hunk -> hunk.state() == state).count();
	}
}
