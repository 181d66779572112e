package dev.piassistant.ui.internal.preferences;

import dev.piassistant.core.llm.PriceRule;

/** Reads a price-table row from what the user typed, and writes one back for the table. */
final class PriceRules {

	private PriceRules() {
	}

	/** @throws IllegalArgumentException with the message to show when a field is not valid */
	static PriceRule parse(String pattern, String input, String output, String context) {
		if (pattern.isBlank()) {
			throw new IllegalArgumentException(Messages.PriceDialog_patternMissing);
		}
		return new PriceRule(pattern.strip(), Numbers.amount(input, Messages.PriceDialog_input),
				Numbers.amount(output, Messages.PriceDialog_output), contextWindow(context));
	}

	private static int contextWindow(String text) {
		return (int) Numbers.whole(text, Messages.PriceDialog_context, Integer.MAX_VALUE);
	}

	static String dollars(double perMillion) {
		return perMillion == 0 ? "0" : String.format("%.2f", perMillion);
	}
}
