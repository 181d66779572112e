package dev.piassistant.core.agent;

import java.util.Set;

/**
 * The agent's own tools: how the model proposes and revises a plan. Their calls are logged like any
 * other, but views show them as plans, not as tool calls.
 */
public final class AgentTools {

	/** The model proposes the plan of a request that needs several steps. */
	public static final String PROPOSE_PLAN = "propose_plan";

	/** The model revises the remaining steps of the plan, with its reasoning. */
	public static final String REVISE_PLAN = "revise_plan";

	private static final Set<String> OWN = Set.of(PROPOSE_PLAN, REVISE_PLAN);

	private AgentTools() {
	}

	public static boolean isOwn(String toolName) {
		return OWN.contains(toolName);
	}
}
