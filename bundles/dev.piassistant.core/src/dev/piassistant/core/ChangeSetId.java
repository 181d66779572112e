package dev.piassistant.core;

/** One change set: the file changes one tool call of the agent proposes for review. */
public record ChangeSetId(String value) {

	public ChangeSetId {
		Ids.require(value, "change set id");
	}

	public static ChangeSetId random() {
		return new ChangeSetId(Ids.random());
	}

	@Override
	public String toString() {
		return value;
	}
}
