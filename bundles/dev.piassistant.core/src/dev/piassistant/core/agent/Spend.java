package dev.piassistant.core.agent;

import dev.piassistant.core.llm.TokenUsage;

/**
 * Tokens and money spent, summed over model calls.
 *
 * @param cost US dollars by the price table; calls of models without a price count nothing
 */
public record Spend(long inputTokens, long outputTokens, double cost) {

	public static final Spend NONE = new Spend(0, 0, 0);

	public long tokens() {
		return inputTokens + outputTokens;
	}

	public Spend plus(Spend other) {
		return new Spend(inputTokens + other.inputTokens, outputTokens + other.outputTokens, cost + other.cost);
	}

	public static Spend of(TokenUsage usage, double cost) {
		return new Spend(Math.max(0, usage.inputTokens()), Math.max(0, usage.outputTokens()), cost);
	}

	/** Whether this spend has reached a cap of the limits. */
	public boolean reaches(Limits limits) {
		return share(limits) >= 1;
	}

	/** The largest share of a cap spent, 0 when there are no caps. */
	public double share(Limits limits) {
		var tokenShare = limits.maxTokens() > 0 ? (double) tokens() / limits.maxTokens() : 0;
		var costShare = limits.maxCost() > 0 ? cost / limits.maxCost() : 0;
		return Math.max(tokenShare, costShare);
	}
}
