package dev.piassistant.core;

/** One task: the work the agent does for one request of the user. */
public record TaskId(String value) {

	public TaskId {
		Ids.require(value, "task id");
	}

	public static TaskId random() {
		return new TaskId(Ids.random());
	}

	@Override
	public String toString() {
		return value;
	}
}
