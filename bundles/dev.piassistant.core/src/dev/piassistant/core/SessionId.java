package dev.piassistant.core;

/** Identifies one conversation with the agent. */
public record SessionId(String value) {

	public SessionId {
		Ids.require(value, "session id");
	}

	public static SessionId random() {
		return new SessionId(Ids.random());
	}

	@Override
	public String toString() {
		return value;
	}
}
