package dev.piassistant.ui.chat.internal.model;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.MessageId;

/**
 * The text and thinking of the one answer being streamed, as its deltas arrived: the only running state
 * the view keeps. The whole text is logged when the answer ends, and replaces this.
 */
final class StreamBuffer {

	private @Nullable MessageId message;
	private final StringBuilder text = new StringBuilder();
	private final StringBuilder thinking = new StringBuilder();
	private boolean dirty;

	/** Starts buffering another answer, from what had arrived of it (when the view opens mid-answer). */
	void start(MessageId answer, String textSoFar, String thinkingSoFar) {
		message = answer;
		text.setLength(0);
		text.append(textSoFar);
		thinking.setLength(0);
		thinking.append(thinkingSoFar);
		dirty = !textSoFar.isEmpty() || !thinkingSoFar.isEmpty();
	}

	boolean isFor(MessageId answer) {
		return answer.equals(message);
	}

	void text(MessageId answer, String delta) {
		follow(answer);
		text.append(delta);
		dirty = true;
	}

	void thinking(MessageId answer, String delta) {
		follow(answer);
		thinking.append(delta);
		dirty = true;
	}

	private void follow(MessageId answer) {
		if (!isFor(answer)) {
			start(answer, "", "");
		}
	}

	@Nullable
	MessageId message() {
		return message;
	}

	String text() {
		return text.toString();
	}

	String thinking() {
		return thinking.toString();
	}

	/** Whether text arrived since the last call. */
	boolean takeDirty() {
		var was = dirty;
		dirty = false;
		return was;
	}

	void clear() {
		message = null;
		text.setLength(0);
		thinking.setLength(0);
		dirty = false;
	}
}
