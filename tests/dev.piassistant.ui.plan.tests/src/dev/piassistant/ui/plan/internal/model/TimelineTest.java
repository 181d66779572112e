package dev.piassistant.ui.plan.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.agent.Judgement;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.event.ToolCallRequested;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.ToolResult;

/** A task's actions in time: overlapping ones stacked, open ones cut off when the task no longer runs. */
class TimelineTest {

	private static final SessionId SESSION = SessionId.random();
	private static final TaskId TASK = TaskId.random();
	private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

	private static ToolCallRequested requested(String id, String tool, int second) {
		return new ToolCallRequested(SESSION, T0.plusSeconds(second), TASK, null, new ToolCall(id, tool, "{}"), Risk.EXECUTE);
	}

	private static ToolCallEnded ended(String id, String tool, int second, CallOutcome outcome) {
		return new ToolCallEnded(SESSION, T0.plusSeconds(second), TASK, null, id, tool, outcome, ToolResult.ok("ok"), 1000,
				new Judgement(Judgement.Verdict.AS_EXPECTED, Judgement.Signal.NO_ERROR, ""));
	}

	@Test
	void overlappingCallsAreStackedInLanesAndKeepTheirOutcomes() {
		List<AgentEvent> events = List.of(requested("a", "run_tests", 0), requested("b", "git_status", 1), ended("b", "git_status", 2, CallOutcome.COMPLETED),
				ended("a", "run_tests", 3, CallOutcome.FAILED), requested("c", "read_file", 4), ended("c", "read_file", 5, CallOutcome.DENIED));
		var timeline = Timeline.of(events, T0.plusSeconds(9), false);
		assertEquals(List.of(0, 1, 0), timeline.entries().stream().map(TimelineEntry::lane).toList());
		assertEquals(List.of(EntryStatus.FAILED, EntryStatus.DONE, EntryStatus.DENIED), timeline.entries().stream().map(TimelineEntry::status).toList());
		assertEquals(List.of(ToolKind.SHELL, ToolKind.GIT, ToolKind.FILE), timeline.entries().stream().map(TimelineEntry::kind).toList());
		var problems = new TimelineFilter(java.util.EnumSet.allOf(ToolKind.class), TimelineFilter.Outcomes.PROBLEMS, null, null).apply(timeline);
		assertEquals(List.of("call:a", "call:c"), problems.entries().stream().map(TimelineEntry::key).toList());
		assertEquals(1, problems.lanes(), "filtered entries close up");
	}

	@Test
	void aCallStillOpenWhenTheTaskStoppedRunningIsCutOffAtTheLastEvent() {
		var timeline = Timeline.of(List.of(requested("a", "run", 0)), T0.plusSeconds(60), false);
		assertEquals(EntryStatus.INTERRUPTED, timeline.entries().get(0).status());
		var live = Timeline.of(List.of(requested("a", "run", 0)), T0.plusSeconds(60), true);
		assertEquals(EntryStatus.RUNNING, live.entries().get(0).status());
		assertEquals(60, live.entries().get(0).duration().toSeconds());
	}
}
