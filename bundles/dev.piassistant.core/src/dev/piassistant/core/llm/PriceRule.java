package dev.piassistant.core.llm;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What models cost and how much they read, by model name.
 *
 * @param modelPattern  a model name, or a pattern with {@code *} for any characters ({@code gpt-4o*})
 * @param inputPerMillion  US dollars per million input tokens
 * @param outputPerMillion US dollars per million output tokens
 * @param contextWindow    tokens the model reads at most; 0 when not known
 */
public record PriceRule(String modelPattern, double inputPerMillion, double outputPerMillion, int contextWindow) {

	public PriceRule {
		Objects.requireNonNull(modelPattern, "modelPattern");
		if (inputPerMillion < 0 || outputPerMillion < 0 || contextWindow < 0) {
			throw new IllegalArgumentException("prices and context windows cannot be negative");
		}
	}

	public boolean matches(String model) {
		var regex = Pattern.quote(modelPattern).replace("*", "\\E.*\\Q");
		return model.matches(regex);
	}

	/** What a call with this usage costs. */
	public double cost(TokenUsage usage) {
		return (Math.max(0, usage.inputTokens()) * inputPerMillion + Math.max(0, usage.outputTokens()) * outputPerMillion)
				/ 1_000_000;
	}
}
