package dev.piassistant.core.llm;

/**
 * Tokens a provider reports for one answer. Providers that report nothing give {@link #UNKNOWN}.
 *
 * @param inputTokens  tokens read (prompt and history), or -1 when unknown
 * @param outputTokens tokens generated, or -1 when unknown
 */
public record TokenUsage(int inputTokens, int outputTokens) {

	public static final TokenUsage UNKNOWN = new TokenUsage(-1, -1);

	public boolean isKnown() {
		return inputTokens >= 0 || outputTokens >= 0;
	}

	/** Sums two usages; unknown parts count as zero, and the sum is unknown only if both are. */
	public TokenUsage plus(TokenUsage other) {
		if (!isKnown()) {
			return other;
		}
		if (!other.isKnown()) {
			return this;
		}
		return new TokenUsage(Math.max(0, inputTokens) + Math.max(0, other.inputTokens),
				Math.max(0, outputTokens) + Math.max(0, other.outputTokens));
	}
}
