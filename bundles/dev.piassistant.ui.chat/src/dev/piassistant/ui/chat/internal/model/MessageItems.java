package dev.piassistant.ui.chat.internal.model;

import dev.piassistant.core.agent.CallPurpose;
import dev.piassistant.core.event.AssistantMessageCancelled;
import dev.piassistant.core.event.AssistantMessageCompleted;
import dev.piassistant.core.event.AssistantMessageEnded;
import dev.piassistant.core.event.AssistantMessageFailed;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.llm.TokenUsage;
import dev.piassistant.ui.chat.internal.model.AssistantMessageItem.State;

/** Builds an answer's item through its life, and decides whether it is worth a card. */
final class MessageItems {

	private MessageItems() {
	}

	static AssistantMessageItem started(AssistantMessageStarted started, String prompt) {
		return new AssistantMessageItem(started.message(), started.task(), started.model(), started.purpose(), started.step(),
				State.STREAMING, "", "", false, TokenUsage.UNKNOWN, 0, null, false, prompt);
	}

	static AssistantMessageItem streaming(AssistantMessageItem item, String text, String thinking) {
		return new AssistantMessageItem(item.message(), item.task(), item.model(), item.purpose(), item.step(), State.STREAMING,
				text, thinking, false, item.usage(), 0, null, false, item.prompt());
	}

	/**
	 * @param thinkingSoFar the thinking streamed for an answer that was stopped or failed; a completed
	 *                      answer brings its own
	 */
	static AssistantMessageItem ended(AssistantMessageItem item, AssistantMessageEnded ended, String thinkingSoFar) {
		if (ended instanceof AssistantMessageCompleted completed) {
			return new AssistantMessageItem(item.message(), item.task(), item.model(), item.purpose(), item.step(),
					State.COMPLETED, completed.text(), completed.thinking(), !completed.toolCalls().isEmpty(), completed.usage(),
					completed.cost(), null, false, item.prompt());
		}
		var failed = ended instanceof AssistantMessageFailed failure ? failure : null;
		var state = ended instanceof AssistantMessageCancelled ? State.CANCELLED : State.FAILED;
		return new AssistantMessageItem(item.message(), item.task(), item.model(), item.purpose(), item.step(), state,
				ended.text(), thinkingSoFar, false, item.usage(), 0, failed == null ? null : failed.error(),
				failed != null && item.task() == null, item.prompt());
	}

	static AssistantMessageItem interrupted(AssistantMessageItem item) {
		return new AssistantMessageItem(item.message(), item.task(), item.model(), item.purpose(), item.step(),
				State.INTERRUPTED, item.text(), item.thinking(), false, item.usage(), 0, null, false, item.prompt());
	}

	/**
	 * Whether an item gets a card. Answers that only called tools, and calls made to judge a result or to
	 * summarize older turns, do not; a stopped, failed or cut-off answer without text does not either when
	 * its task's own card explains what happened.
	 */
	static boolean shown(TranscriptItem item) {
		if (!(item instanceof AssistantMessageItem answer)) {
			return true;
		}
		if (answer.purpose() == CallPurpose.JUDGE || answer.purpose() == CallPurpose.SUMMARY) {
			return false;
		}
		if (!answer.text().isBlank()) {
			return true;
		}
		return switch (answer.state()) {
		case STREAMING -> !answer.thinking().isBlank();
		case COMPLETED -> !answer.callsTools();
		case CANCELLED, FAILED, INTERRUPTED -> answer.task() == null;
		};
	}
}
