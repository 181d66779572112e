package dev.piassistant.ui.plan.internal.model;

import java.time.Instant;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.PlanReviewRequested;
import dev.piassistant.core.event.Question;
import dev.piassistant.core.event.TaskPaused;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.event.ToolCallRequested;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.ui.plan.internal.Messages;

/** A timeline entry while its events are folded: what is known once it starts, and what its end adds. */
final class OpenEntry {

	private final String key;
	private final ToolKind kind;
	private final String name;
	private final Instant start;
	private final @Nullable StepId step;
	private final String input;
	@Nullable
	Instant end;
	EntryStatus status = EntryStatus.RUNNING;
	String output = "";
	@Nullable
	Instant waitedUntil;
	/** The user's answer to the call's approval, for its details. */
	String answer = "";

	private OpenEntry(String key, ToolKind kind, String name, Instant start, @Nullable StepId step, String input) {
		this.key = key;
		this.kind = kind;
		this.name = name;
		this.start = start;
		this.step = step;
		this.input = input;
	}

	static OpenEntry model(AssistantMessageStarted started) {
		return new OpenEntry("model:" + started.message(), ToolKind.MODEL, started.model().model(), started.at(), started.step(),
				EntryTexts.modelInput(started));
	}

	static OpenEntry call(ToolCallRequested requested) {
		var call = requested.call();
		return new OpenEntry("call:" + call.id(), ToolKind.ofTool(call.name(), requested.risk()), call.name(), requested.at(),
				requested.step(), EntryTexts.arguments(call.arguments()));
	}

	static OpenEntry unrequested(ToolCallEnded ended) {
		return new OpenEntry("call:" + ended.callId(), ToolKind.ofTool(ended.toolName(), null), ended.toolName(),
				ended.at().minusMillis(ended.durationMillis()), ended.step(), "");
	}

	static OpenEntry waiting(AgentEvent event, Question question) {
		var review = event instanceof PlanReviewRequested;
		var step = event instanceof TaskPaused paused ? EntryTexts.stepOf(paused.reason()) : null;
		return new OpenEntry("wait:" + question.question(), ToolKind.WAIT, review ? Messages.Timeline_review : Messages.Timeline_pause,
				event.at(), step, review ? Messages.Timeline_reviewAsked : EntryTexts.pause((TaskPaused) event));
	}

	/** The entry as it is: still open entries reach {@code taskEnd}, and were cut off unless the task runs. */
	TimelineEntry close(Instant taskEnd, boolean live) {
		var finalEnd = end;
		var finalStatus = status;
		if (finalEnd == null) {
			finalEnd = taskEnd.isBefore(start) ? start : taskEnd;
			finalStatus = live ? status : EntryStatus.INTERRUPTED;
		}
		return new TimelineEntry(key, kind, name, start, finalEnd, finalStatus, step, input, output, waitedUntil, 0);
	}
}
