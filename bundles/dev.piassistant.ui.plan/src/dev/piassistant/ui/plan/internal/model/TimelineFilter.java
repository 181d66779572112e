package dev.piassistant.ui.plan.internal.model;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Which actions the timeline shows: of some kinds, of some outcomes, within a span of the task's time.
 *
 * @param from the start of the span, from the task's start; null for the task's start
 * @param to   the end of the span; null for the task's end
 */
public record TimelineFilter(Set<ToolKind> kinds, Outcomes outcomes, @Nullable Duration from, @Nullable Duration to) {

	/** Outcomes to show. */
	public enum Outcomes {
		ALL, PROBLEMS, SUCCEEDED, OPEN;

		boolean admits(EntryStatus status) {
			return switch (this) {
			case ALL -> true;
			case PROBLEMS -> status.isProblem();
			case SUCCEEDED -> status == EntryStatus.DONE;
			case OPEN -> status.isOpen();
			};
		}
	}

	public static final TimelineFilter ALL = new TimelineFilter(EnumSet.allOf(ToolKind.class), Outcomes.ALL, null, null);

	public TimelineFilter {
		kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
	}

	/** The entries that pass, stacked afresh, and the span of time to draw. */
	public View apply(Timeline timeline) {
		var start = from == null ? timeline.start() : timeline.start().plus(from);
		var end = to == null ? timeline.end() : timeline.start().plus(to);
		if (!end.isAfter(start)) {
			end = start.plusMillis(1);
		}
		var spanStart = start;
		var spanEnd = end;
		var kept = timeline.entries().stream().filter(entry -> kinds.contains(entry.kind()))
				.filter(entry -> outcomes.admits(entry.status()))
				.filter(entry -> entry.end().isAfter(spanStart) || entry.end().equals(spanStart))
				.filter(entry -> entry.start().isBefore(spanEnd)).toList();
		return new View(spanStart, spanEnd, Timeline.stack(kept));
	}

	public TimelineFilter withKinds(Set<ToolKind> newKinds) {
		return new TimelineFilter(newKinds, outcomes, from, to);
	}

	public TimelineFilter withOutcomes(Outcomes newOutcomes) {
		return new TimelineFilter(kinds, newOutcomes, from, to);
	}

	public TimelineFilter withSpan(@Nullable Duration newFrom, @Nullable Duration newTo) {
		return new TimelineFilter(kinds, outcomes, newFrom, newTo);
	}

	/** What to draw: a span of time and the entries in it. */
	public record View(java.time.Instant start, java.time.Instant end, List<TimelineEntry> entries) {

		public int lanes() {
			return entries.stream().mapToInt(TimelineEntry::lane).max().orElse(-1) + 1;
		}
	}
}
