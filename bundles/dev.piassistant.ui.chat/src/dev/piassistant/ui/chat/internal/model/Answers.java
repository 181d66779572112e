package dev.piassistant.ui.chat.internal.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.Spend;
import dev.piassistant.core.event.AssistantMessageEnded;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.AssistantRetryScheduled;
import dev.piassistant.core.event.UserMessageSent;

/**
 * The conversation's messages: what the user sent, and each answer from its start through the streamed
 * text to its end. Answers outside any task (older logs) are counted here, since no task's spend has them.
 */
final class Answers {

	private final Items items;
	private final Map<MessageId, String> prompts = new HashMap<>();
	private final StreamBuffer stream = new StreamBuffer();
	private Spend outsideTasks = Spend.NONE;

	Answers(Items items) {
		this.items = items;
	}

	void clear() {
		prompts.clear();
		stream.clear();
		outsideTasks = Spend.NONE;
	}

	void sent(UserMessageSent sent) {
		prompts.put(sent.message(), sent.text());
		items.put(new UserMessageItem(sent.message(), sent.text()), null);
	}

	/**
	 * @param taskPrompt what the task was asked, for Send again when the answer replies to something else
	 * @param live       whether the answer streams now (not read from history)
	 */
	void started(AssistantMessageStarted started, String taskPrompt, boolean live) {
		items.put(MessageItems.started(started, prompts.getOrDefault(started.replyTo(), taskPrompt)), started.task());
		if (live) {
			stream.start(started.message(), "", "");
		}
	}

	void retry(AssistantRetryScheduled retry) {
		items.put(new NoticeItem("retry:" + retry.message() + ":" + retry.attempt(), retry),
				answer(retry.message()).map(AssistantMessageItem::task).orElse(null));
	}

	void ended(AssistantMessageEnded ended) {
		var item = answer(ended.message());
		if (item.isEmpty()) {
			return;
		}
		var thinking = stream.isFor(ended.message()) ? stream.thinking() : "";
		var answer = MessageItems.ended(item.get(), ended, thinking);
		items.put(answer, answer.task());
		if (answer.task() == null) {
			outsideTasks = outsideTasks.plus(Spend.of(answer.usage(), answer.cost()));
		}
		if (stream.isFor(ended.message())) {
			stream.clear();
		}
	}

	/** Answers still open after the history, other than the running task's, were cut off. */
	void interruptAllBut(@Nullable TaskId running) {
		for (var item : items.list(item -> item instanceof AssistantMessageItem)) {
			var answer = (AssistantMessageItem) item;
			if (answer.state() == AssistantMessageItem.State.STREAMING && (answer.task() == null || !answer.task().equals(running))) {
				items.put(MessageItems.interrupted(answer), answer.task());
			}
		}
	}

	/** Goes on from what had arrived of an answer, when the view opens while it streams. */
	void resume(MessageId message, String text, String thinking) {
		stream.start(message, text, thinking);
	}

	void text(MessageId message, String delta) {
		stream.text(message, delta);
	}

	void thinking(MessageId message, String delta) {
		stream.thinking(message, delta);
	}

	/** Stops following the streamed answer (its task ended). */
	void stopStreaming() {
		stream.clear();
	}

	/** Puts the streamed text into its answer's item, if more arrived since the last call. */
	void showStreamed() {
		var streamed = stream.message();
		if (streamed != null && stream.takeDirty()) {
			answer(streamed).filter(answer -> answer.state() == AssistantMessageItem.State.STREAMING)
					.ifPresent(answer -> items.put(MessageItems.streaming(answer, stream.text(), stream.thinking()), answer.task()));
		}
	}

	/** The model of the answer streaming now, if any. */
	Optional<String> streamingModel() {
		var streamed = stream.message();
		return streamed == null ? Optional.empty() : answer(streamed).map(answer -> answer.model().model());
	}

	Spend outsideTasks() {
		return outsideTasks;
	}

	private Optional<AssistantMessageItem> answer(MessageId message) {
		return items.get("answer:" + message, AssistantMessageItem.class);
	}
}
