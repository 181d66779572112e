package dev.piassistant.core.agent;

/**
 * What a task may spend before it stops or pauses.
 *
 * @param maxTokens        tokens in and out across the task's model calls; 0 for no cap. The task stops at the
 *                         cap: at most the one call in flight goes over it.
 * @param maxCost          cost in US dollars by the price table; 0 for no cap
 * @param errorBudget      consecutive failed tool calls after which the task pauses and asks the user
 * @param repeatLimit      identical tool calls (same tool, same arguments) after which the task pauses
 * @param noProgressTurns  model turns within one step without finishing it after which the task pauses
 */
public record Limits(long maxTokens, double maxCost, int errorBudget, int repeatLimit, int noProgressTurns) {

	/** The share of a cap at which the user is warned. */
	public static final double WARNING_SHARE = 0.8;

	public static final Limits DEFAULT = new Limits(500_000, 0, 3, 3, 12);

	public Limits {
		if (maxTokens < 0 || maxCost < 0 || errorBudget < 1 || repeatLimit < 2 || noProgressTurns < 1) {
			throw new IllegalArgumentException("limits must be positive (caps may be 0 for none; repeats at least 2): "
					+ maxTokens + ", " + maxCost + ", " + errorBudget + ", " + repeatLimit + ", " + noProgressTurns);
		}
	}

	public Limits withMaxTokens(long tokens) {
		return new Limits(tokens, maxCost, errorBudget, repeatLimit, noProgressTurns);
	}

	public Limits withMaxCost(double cost) {
		return new Limits(maxTokens, cost, errorBudget, repeatLimit, noProgressTurns);
	}

	public Limits withErrorBudget(int failures) {
		return new Limits(maxTokens, maxCost, failures, repeatLimit, noProgressTurns);
	}

	public Limits withRepeatLimit(int repeats) {
		return new Limits(maxTokens, maxCost, errorBudget, repeats, noProgressTurns);
	}

	public Limits withNoProgressTurns(int turns) {
		return new Limits(maxTokens, maxCost, errorBudget, repeatLimit, turns);
	}
}
