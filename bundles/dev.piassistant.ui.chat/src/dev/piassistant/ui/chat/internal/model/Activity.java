package dev.piassistant.ui.chat.internal.model;

/** What the session is doing now, as the status line says it. */
public sealed interface Activity {

	/** Nothing runs. */
	record Ready() implements Activity {
	}

	/** The message is on its way to the agent. */
	record Sending() implements Activity {
	}

	/** The user pressed Stop; the task has not ended yet. */
	record Stopping() implements Activity {
	}

	/** The model answers (or decides whether the request needs a plan). */
	record Answering(String model) implements Activity {
	}

	/** The model is writing a plan. */
	record Planning() implements Activity {
	}

	/** A step of the plan runs. */
	record Step(int number, int total, String description) implements Activity {
	}

	/** Between steps of the plan. */
	record Working(int finished, int total) implements Activity {
	}

	/** A tool runs (outside any plan). */
	record RunningTool(String tool) implements Activity {
	}

	record WaitingForApproval(String tool) implements Activity {
	}

	record WaitingForReview() implements Activity {
	}

	record Paused() implements Activity {
	}

	/** Nothing runs; the last task was stopped. */
	record Stopped() implements Activity {
	}

	/** Nothing runs; the last task failed. */
	record Failed() implements Activity {
	}

	/** Nothing runs; the last task was interrupted and can be resumed. */
	record Interrupted() implements Activity {
	}
}
