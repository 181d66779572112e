package dev.piassistant.core.llm;

/**
 * What the agent needs to know of a model: what it costs and how much it reads.
 *
 * @param price         the matching rule of the price table; free when none matches
 * @param contextWindow tokens the model reads at most
 */
public record ModelInfo(PriceRule price, int contextWindow) {

	/** Assumed when the price table says nothing: what local servers commonly load. */
	public static final int DEFAULT_CONTEXT_WINDOW = 32_768;

	public static ModelInfo unknown(String model) {
		return new ModelInfo(new PriceRule(model, 0, 0, 0), DEFAULT_CONTEXT_WINDOW);
	}
}
