package dev.piassistant.ui.plan.internal.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.ApprovalRequested;
import dev.piassistant.core.event.AssistantMessageCancelled;
import dev.piassistant.core.event.AssistantMessageCompleted;
import dev.piassistant.core.event.AssistantMessageEnded;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.PlanReviewRequested;
import dev.piassistant.core.event.Question;
import dev.piassistant.core.event.QuestionAnswered;
import dev.piassistant.core.event.TaskEnded;
import dev.piassistant.core.event.TaskPaused;
import dev.piassistant.core.event.TaskStarted;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.event.ToolCallRequested;

/**
 * A task's actions in time, from its events: model calls, tool calls (with the wait for approval) and waits
 * for the user, each with its input, output and how it went, stacked in lanes where they overlap.
 */
public final class Timeline {

	private final Instant start;
	private final Instant end;
	private final List<TimelineEntry> entries;

	private Timeline(Instant start, Instant end, List<TimelineEntry> entries) {
		this.start = start;
		this.end = end;
		this.entries = entries;
	}

	public Instant start() {
		return start;
	}

	/** When the task ended, or {@code now} while it runs. */
	public Instant end() {
		return end;
	}

	/** Every action, by start time. */
	public List<TimelineEntry> entries() {
		return entries;
	}

	public int lanes() {
		return entries.stream().mapToInt(TimelineEntry::lane).max().orElse(-1) + 1;
	}

	/**
	 * @param running whether the task runs now: its open actions reach {@code now}; otherwise they were cut
	 *                off (the IDE closed) and end at the task's last event
	 */
	public static Timeline of(List<AgentEvent> events, Instant now, boolean running) {
		var builder = new Builder();
		events.forEach(builder::apply);
		var last = events.isEmpty() ? now : events.get(events.size() - 1).at();
		var taskEnd = builder.ended != null ? builder.ended.at() : running ? now : last;
		var closed = builder.open.values().stream().map(open -> open.close(taskEnd, running && builder.ended == null)).toList();
		var sorted = new ArrayList<>(closed);
		sorted.sort(Comparator.comparing(TimelineEntry::start));
		var start = builder.started != null ? builder.started : events.isEmpty() ? now : events.get(0).at();
		return new Timeline(start, taskEnd.isBefore(start) ? start : taskEnd, stack(sorted));
	}

	/** Each entry (sorted by start) in the first lane free when it starts; after filtering, lanes close up. */
	public static List<TimelineEntry> stack(List<TimelineEntry> sorted) {
		var laneEnds = new ArrayList<Instant>();
		var stacked = new ArrayList<TimelineEntry>();
		for (var entry : sorted) {
			int lane = 0;
			while (lane < laneEnds.size() && laneEnds.get(lane).isAfter(entry.start())) {
				lane++;
			}
			if (lane == laneEnds.size()) {
				laneEnds.add(entry.end());
			} else {
				laneEnds.set(lane, entry.end());
			}
			stacked.add(entry.inLane(lane));
		}
		return stacked;
	}

	/** Folds the events in order; entries stay open until their end arrives. */
	private static final class Builder {

		private final Map<String, OpenEntry> open = new LinkedHashMap<>();
		private final Map<QuestionId, String> questions = new HashMap<>();
		private Instant started;
		private TaskEnded ended;

		void apply(AgentEvent event) {
			if (event instanceof TaskStarted taskStarted) {
				started = taskStarted.at();
			} else if (event instanceof AssistantMessageStarted message) {
				open.put("model:" + message.message(), OpenEntry.model(message));
			} else if (event instanceof AssistantMessageEnded message) {
				modelEnded(message);
			} else if (event instanceof ToolCallRequested requested) {
				open.put("call:" + requested.call().id(), OpenEntry.call(requested));
			} else if (event instanceof ApprovalRequested approval) {
				questions.put(approval.question(), "call:" + approval.call().id());
				with("call:" + approval.call().id(), entry -> entry.status = EntryStatus.WAITING);
			} else if (event instanceof PlanReviewRequested || event instanceof TaskPaused) {
				var question = (Question) event;
				questions.put(question.question(), "wait:" + question.question());
				open.put("wait:" + question.question(), OpenEntry.waiting(event, question));
			} else if (event instanceof QuestionAnswered answered) {
				answered(answered);
			} else if (event instanceof ToolCallEnded callEnded) {
				callEnded(callEnded);
			} else if (event instanceof TaskEnded taskEnded) {
				ended = taskEnded;
			}
		}

		private void modelEnded(AssistantMessageEnded message) {
			with("model:" + message.message(), entry -> {
				entry.end = message.at();
				entry.status = message instanceof AssistantMessageCompleted ? EntryStatus.DONE
						: message instanceof AssistantMessageCancelled ? EntryStatus.CANCELLED : EntryStatus.FAILED;
				entry.output = EntryTexts.modelOutput(message);
			});
		}

		private void answered(QuestionAnswered answered) {
			var key = questions.get(answered.question());
			if (key == null) {
				return;
			}
			with(key, entry -> {
				if (key.startsWith("wait:")) {
					entry.end = answered.at();
					entry.status = answered.answer() instanceof Answer.Deny || answered.answer() instanceof Answer.Stop
							? EntryStatus.DENIED : EntryStatus.DONE;
					entry.output = EntryTexts.answer(answered.answer());
				} else {
					entry.waitedUntil = answered.at();
					entry.status = EntryStatus.RUNNING;
					entry.answer = EntryTexts.answer(answered.answer());
				}
			});
		}

		private void callEnded(ToolCallEnded callEnded) {
			var key = "call:" + callEnded.callId();
			if (!open.containsKey(key)) {
				// The agent's own planning tools end without a request of their own in older logs.
				open.put(key, OpenEntry.unrequested(callEnded));
			}
			with(key, entry -> {
				entry.end = callEnded.at();
				entry.status = EntryTexts.status(callEnded.outcome());
				entry.output = EntryTexts.callOutput(callEnded, entry.answer);
			});
		}

		private void with(String key, java.util.function.Consumer<OpenEntry> change) {
			var entry = open.get(key);
			if (entry != null) {
				change.accept(entry);
			}
		}
	}
}
