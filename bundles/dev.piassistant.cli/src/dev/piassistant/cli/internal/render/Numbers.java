package dev.piassistant.cli.internal.render;

import java.time.Duration;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.cli.internal.Messages;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.Spend;

/** Tokens, dollars and durations as the terminal shows them. */
public final class Numbers {

	private Numbers() {
	}

	public static String tokens(long tokens) {
		return NLS.bind(Messages.Number_tokens, String.format(Locale.ROOT, "%,d", tokens));
	}

	public static String cost(double dollars) {
		return dollars >= 1 ? String.format(Locale.ROOT, "$%.2f", dollars) : String.format(Locale.ROOT, "$%.4f", dollars);
	}

	public static String duration(Duration duration) {
		var seconds = duration.toMillis() / 1000.0;
		if (seconds < 60) {
			return String.format(Locale.ROOT, "%.1f s", seconds);
		}
		return String.format(Locale.ROOT, "%d min %d s", (long) seconds / 60, (long) seconds % 60);
	}

	/** What was spent; the cost only when the price table gave one. */
	public static String spend(Spend spend) {
		var text = tokens(spend.tokens());
		return spend.cost() > 0 ? text + ", " + cost(spend.cost()) : text;
	}

	/** The caps of a task's limits: "500,000 tokens, $1.00", or "no cap". */
	public static String caps(Limits limits) {
		var parts = new java.util.ArrayList<String>();
		if (limits.maxTokens() > 0) {
			parts.add(tokens(limits.maxTokens()));
		}
		if (limits.maxCost() > 0) {
			parts.add(cost(limits.maxCost()));
		}
		return parts.isEmpty() ? Messages.Number_noCap : String.join(", ", parts);
	}

	/** What was spent against each cap there is: "412,000 of 500,000 tokens, $0.80 of $1.00". */
	public static String against(Spend spend, Limits limits) {
		var parts = new java.util.ArrayList<String>();
		if (limits.maxTokens() > 0) {
			parts.add(NLS.bind(Messages.Number_of, String.format(Locale.ROOT, "%,d", spend.tokens()), tokens(limits.maxTokens())));
		}
		if (limits.maxCost() > 0) {
			parts.add(NLS.bind(Messages.Number_of, cost(spend.cost()), cost(limits.maxCost())));
		}
		return parts.isEmpty() ? spend(spend) : String.join(", ", parts);
	}
}
