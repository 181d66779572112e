package dev.piassistant.cli.internal;

/** What {@code pi} tells the shell; the README lists the same table. */
public enum ExitCode {
	/** The task completed. */
	COMPLETED(0),
	/** The task failed (the model could not be reached, its output stayed invalid, ...), or there was nothing to resume. */
	FAILED(1),
	/** The command line or the project profile is wrong. */
	USAGE(2),
	/** The task was cancelled: Ctrl+C, or the user declined the plan or stopped at a pause. */
	CANCELLED(3),
	/** A cap of the task's budget (tokens or cost) was reached. */
	BUDGET_EXHAUSTED(4),
	/** The task needed an answer (an approval, a plan review, a pause) that nobody could give: no terminal, not granted up front. */
	NO_ANSWER(5),
	/** No provider or model is configured, the provider's API key is missing or refused, or secure storage cannot be read. */
	PROVIDER_NOT_CONFIGURED(6),
	/** Pi Assistant could not start in the workspace: it is in use by the Pi IDE or another pi, or the services did not start. */
	NOT_STARTED(7),
	/** A second Ctrl+C ended pi at once; the task is left interrupted and {@code pi resume} takes it up. */
	FORCED_EXIT(130);

	private final int code;

	ExitCode(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}
}
