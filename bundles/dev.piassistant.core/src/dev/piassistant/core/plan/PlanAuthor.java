package dev.piassistant.core.plan;

/** Who made a plan revision. */
public enum PlanAuthor {
	AGENT, USER
}
