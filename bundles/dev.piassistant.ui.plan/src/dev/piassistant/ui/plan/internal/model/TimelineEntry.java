package dev.piassistant.ui.plan.internal.model;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.plan.StepId;

/**
 * One action of a task on the timeline: a model call, a tool call, or a wait for the user.
 *
 * @param key         "call:" and the tool call's id, "model:" and the message id, or "wait:" and the question id
 * @param end         when it ended; for an open entry, the time the timeline was built
 * @param waitedUntil for a tool call that asked for approval, when the user answered
 * @param lane        its row: actions that overlap in time are stacked in separate lanes
 */
public record TimelineEntry(String key, ToolKind kind, String name, Instant start, Instant end, EntryStatus status,
		@Nullable StepId step, String input, String output, @Nullable Instant waitedUntil, int lane) {

	public Duration duration() {
		return Duration.between(start, end);
	}

	TimelineEntry inLane(int newLane) {
		return new TimelineEntry(key, kind, name, start, end, status, step, input, output, waitedUntil, newLane);
	}
}
