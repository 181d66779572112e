package dev.piassistant.ui;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.Limits;

/**
 * How the user wants tasks to run, kept in the workspace's preferences: the approval mode new tasks start
 * with, whether the chosen model is pinned (no routing), and the limits every task gets.
 */
public final class AgentPreferences {

	static final String NODE = "dev.piassistant.ui";
	static final String MODE = "agent.approvalMode";
	static final String PINNED = "agent.pinned";
	static final String MAX_TOKENS = "agent.limits.maxTokens";
	static final String MAX_COST = "agent.limits.maxCost";
	static final String ERROR_BUDGET = "agent.limits.errorBudget";
	static final String REPEAT_LIMIT = "agent.limits.repeatLimit";
	static final String NO_PROGRESS = "agent.limits.noProgressTurns";

	public static final ApprovalMode DEFAULT_MODE = ApprovalMode.AUTO;

	private AgentPreferences() {
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	public static ApprovalMode approvalMode() {
		try {
			return ApprovalMode.valueOf(node().get(MODE, DEFAULT_MODE.name()));
		} catch (IllegalArgumentException e) {
			return DEFAULT_MODE;
		}
	}

	public static void setApprovalMode(ApprovalMode mode) {
		node().put(MODE, mode.name());
		flush();
	}

	public static boolean pinned() {
		return node().getBoolean(PINNED, false);
	}

	public static void setPinned(boolean pinned) {
		node().putBoolean(PINNED, pinned);
		flush();
	}

	/** The limits stored, or {@link Limits#DEFAULT} where a stored value is missing or out of range. */
	public static Limits limits() {
		var defaults = Limits.DEFAULT;
		var node = node();
		try {
			return new Limits(node.getLong(MAX_TOKENS, defaults.maxTokens()), node.getDouble(MAX_COST, defaults.maxCost()),
					node.getInt(ERROR_BUDGET, defaults.errorBudget()), node.getInt(REPEAT_LIMIT, defaults.repeatLimit()),
					node.getInt(NO_PROGRESS, defaults.noProgressTurns()));
		} catch (IllegalArgumentException e) {
			return defaults;
		}
	}

	public static void setLimits(Limits limits) {
		var node = node();
		node.putLong(MAX_TOKENS, limits.maxTokens());
		node.putDouble(MAX_COST, limits.maxCost());
		node.putInt(ERROR_BUDGET, limits.errorBudget());
		node.putInt(REPEAT_LIMIT, limits.repeatLimit());
		node.putInt(NO_PROGRESS, limits.noProgressTurns());
		flush();
	}

	/** Listens for any change of these preferences (another page, another view). */
	public static void addListener(IEclipsePreferences.IPreferenceChangeListener listener) {
		node().addPreferenceChangeListener(listener);
	}

	public static void removeListener(IEclipsePreferences.IPreferenceChangeListener listener) {
		node().removePreferenceChangeListener(listener);
	}

	private static void flush() {
		try {
			node().flush();
		} catch (BackingStoreException e) {
			// The value is in effect for this run; only keeping it across restarts failed.
			org.eclipse.core.runtime.ILog.of(AgentPreferences.class).warn("Could not store the agent preferences", e);
		}
	}
}
