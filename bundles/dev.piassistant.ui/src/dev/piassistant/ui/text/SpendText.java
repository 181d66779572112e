package dev.piassistant.ui.text;

import java.util.ArrayList;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.Spend;

/** Tokens and money as the user reads them: "12,345 tokens, $0.042". */
public final class SpendText {

	private SpendText() {
	}

	/** Tokens, and the cost when the price table gave the model a price. */
	public static String of(Spend spend) {
		var tokens = count(spend.tokens());
		return spend.cost() > 0 ? NLS.bind(Messages.Spend_tokensAndCost, tokens, dollars(spend.cost()))
				: NLS.bind(Messages.Spend_tokens, tokens);
	}

	/** What was spent against each cap of the limits: "410,000 of 500,000 tokens, $0.41 of $0.50". */
	public static String against(Spend spend, Limits limits) {
		var parts = new ArrayList<String>();
		if (limits.maxTokens() > 0) {
			parts.add(NLS.bind(Messages.Spend_ofTokens, count(spend.tokens()), count(limits.maxTokens())));
		}
		if (limits.maxCost() > 0) {
			parts.add(NLS.bind(Messages.Spend_ofCost, dollars(spend.cost()), dollars(limits.maxCost())));
		}
		return parts.isEmpty() ? of(spend) : String.join(", ", parts);
	}

	/** The caps of the limits ("500,000 tokens, $0.50"); empty when there are none. */
	public static String caps(Limits limits) {
		var parts = new ArrayList<String>();
		if (limits.maxTokens() > 0) {
			parts.add(NLS.bind(Messages.Spend_tokens, count(limits.maxTokens())));
		}
		if (limits.maxCost() > 0) {
			parts.add(dollars(limits.maxCost()));
		}
		return String.join(", ", parts);
	}

	public static String count(long tokens) {
		return String.format("%,d", tokens);
	}

	/** Cents for sums worth cents; small sums keep four decimals, so a cheap call does not read as free. */
	public static String dollars(double cost) {
		return cost >= 0.01 || cost == 0 ? String.format("$%,.2f", cost) : String.format("$%.4f", cost);
	}
}
