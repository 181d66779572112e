package dev.piassistant.core;

/** Identifies one message (the user's or the assistant's) within a session. */
public record MessageId(String value) {

	public MessageId {
		Ids.require(value, "message id");
	}

	public static MessageId random() {
		return new MessageId(Ids.random());
	}

	@Override
	public String toString() {
		return value;
	}
}
