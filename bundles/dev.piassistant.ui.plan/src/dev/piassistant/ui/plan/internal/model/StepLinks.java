package dev.piassistant.ui.plan.internal.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.ApprovalRequested;
import dev.piassistant.core.event.QuestionAnswered;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.event.ToolCallRequested;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.ui.plan.internal.Messages;

/** What a step did: its tool calls, each with how it went and the approval it needed, from the task's events. */
public final class StepLinks {

	/**
	 * One tool call of a step.
	 *
	 * @param outcome  how it ended, or where it is
	 * @param approval the user's answer when it needed approval; empty when it did not
	 */
	public record CallLink(String callId, String tool, String arguments, EntryStatus outcome, long millis, String approval) {
	}

	private StepLinks() {
	}

	public static List<CallLink> of(List<AgentEvent> events, StepId step) {
		var requested = new ArrayList<ToolCallRequested>();
		var ended = new HashMap<String, ToolCallEnded>();
		var asked = new HashMap<String, QuestionId>();
		var answers = new HashMap<QuestionId, QuestionAnswered>();
		for (var event : events) {
			if (event instanceof ToolCallRequested call && step.equals(call.step())) {
				requested.add(call);
			} else if (event instanceof ToolCallEnded end) {
				ended.put(end.callId(), end);
			} else if (event instanceof ApprovalRequested approval) {
				asked.put(approval.call().id(), approval.question());
			} else if (event instanceof QuestionAnswered answer) {
				answers.put(answer.question(), answer);
			}
		}
		return requested.stream().map(call -> link(call, ended.get(call.call().id()), approval(call, asked, answers))).toList();
	}

	private static String approval(ToolCallRequested call, Map<String, QuestionId> asked, Map<QuestionId, QuestionAnswered> answers) {
		var question = asked.get(call.call().id());
		if (question == null) {
			return "";
		}
		var answer = answers.get(question);
		return answer == null ? Messages.Links_waitingApproval : EntryTexts.answer(answer.answer());
	}

	private static CallLink link(ToolCallRequested call, @Nullable ToolCallEnded end, String approval) {
		var outcome = end == null ? (approval.equals(Messages.Links_waitingApproval) ? EntryStatus.WAITING : EntryStatus.RUNNING)
				: EntryTexts.status(end.outcome());
		return new CallLink(call.call().id(), call.call().name(), call.call().arguments(), outcome, end == null ? 0 : end.durationMillis(),
				approval);
	}
}
