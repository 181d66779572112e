package dev.piassistant.ui.chat.internal.model;

import java.util.Set;

/**
 * The agent's own tools, through which the model proposes and revises plans. Their calls show as plan cards,
 * not as tool-call cards.
 */
// TODO switch to core.agent.AgentTools.isOwn once it is on main
final class OwnTools {

	static final String PROPOSE_PLAN = "propose_plan";
	static final String REVISE_PLAN = "revise_plan";
	private static final Set<String> NAMES = Set.of(PROPOSE_PLAN, REVISE_PLAN);

	private OwnTools() {
	}

	static boolean isOwn(String toolName) {
		return NAMES.contains(toolName);
	}
}
