package dev.piassistant.ui.chat.internal.model;

import dev.piassistant.core.MessageId;

/** What the user sent. */
public record UserMessageItem(MessageId message, String text) implements TranscriptItem {

	@Override
	public String key() {
		return "user:" + message;
	}
}
