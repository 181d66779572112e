package dev.piassistant.core.agent;

/** What a model call was for. */
public enum CallPurpose {
	/** Answer the user, or decide that the request needs a plan. */
	ANSWER,
	/** Work on a step of the plan. */
	STEP,
	/** Judge a result that the plain signals left unclear. */
	JUDGE,
	/** Summarize older turns to make room in the context window. */
	SUMMARY
}
