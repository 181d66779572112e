package dev.piassistant.core.memory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;

/**
 * What the memory keeps of a finished task: what was asked, what was done, how it ended and the files it
 * touched. Kept after the task's events are gone.
 */
public record Episode(TaskId task, SessionId session, Instant ended, String prompt, String summary, String outcome,
		List<String> files, Rating rating) {

	/** The user's judgement of an episode: rated-down episodes are no longer offered to the agent. */
	public enum Rating {
		NONE, UP, DOWN
	}

	public Episode {
		Objects.requireNonNull(task, "task");
		Objects.requireNonNull(session, "session");
		Objects.requireNonNull(ended, "ended");
		Objects.requireNonNull(prompt, "prompt");
		Objects.requireNonNull(summary, "summary");
		Objects.requireNonNull(outcome, "outcome");
		files = List.copyOf(files);
		Objects.requireNonNull(rating, "rating");
	}
}
