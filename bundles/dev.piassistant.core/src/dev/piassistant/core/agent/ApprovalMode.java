package dev.piassistant.core.agent;

/** How much the user wants to approve. The permission policy applies in every mode. */
public enum ApprovalMode {
	/** Plan and run; ask only where the permission policy says so. */
	AUTO,
	/** Ask before every action the agent takes. */
	STEP_BY_STEP,
	/** Show the plan for approval (and editing) first, then run it as in {@link #AUTO}. */
	REVIEW_PLAN
}
