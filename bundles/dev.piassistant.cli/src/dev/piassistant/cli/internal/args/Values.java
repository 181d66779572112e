package dev.piassistant.cli.internal.args;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.cli.internal.Messages;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.tool.Risk;

/** The values options and the project profile take, by the names users type. */
public final class Values {

	private Values() {
	}

	/** "read,write" to risk classes; {@code where} names the option or profile key for the error. */
	public static Set<Risk> risks(String list, String where) throws UsageException {
		var risks = EnumSet.noneOf(Risk.class);
		for (var name : list.split(",")) {
			risks.add(risk(name, where));
		}
		return risks;
	}

	public static Risk risk(String name, String where) throws UsageException {
		try {
			return Risk.valueOf(name.strip().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new UsageException(NLS.bind(Messages.Usage_badRisk, where, name.strip()));
		}
	}

	public static ApprovalMode mode(String name, String where) throws UsageException {
		return switch (name.strip().toLowerCase(Locale.ROOT)) {
			case "auto" -> ApprovalMode.AUTO;
			case "step" -> ApprovalMode.STEP_BY_STEP;
			case "review" -> ApprovalMode.REVIEW_PLAN;
			default -> throw new UsageException(NLS.bind(Messages.Usage_badMode, where, name.strip()));
		};
	}

	/** The name a mode goes by on the command line and in the profile. */
	public static String modeName(ApprovalMode mode) {
		return switch (mode) {
			case AUTO -> "auto";
			case STEP_BY_STEP -> "step";
			case REVIEW_PLAN -> "review";
		};
	}

	/** A whole number of tokens, 0 for no cap; "200k", "1.5M", "200_000" and "200,000" are understood. */
	public static long tokens(String text, String where) throws UsageException {
		var plain = text.strip().replace("_", "").replace(",", "").toLowerCase(Locale.ROOT);
		var factor = 1L;
		if (plain.endsWith("k")) {
			factor = 1_000;
		} else if (plain.endsWith("m")) {
			factor = 1_000_000;
		}
		if (factor > 1) {
			plain = plain.substring(0, plain.length() - 1);
		}
		try {
			var tokens = Math.round(Double.parseDouble(plain) * factor);
			if (tokens < 0 || plain.isEmpty() || !plain.matches("[0-9.]+")) {
				throw new NumberFormatException();
			}
			return tokens;
		} catch (NumberFormatException e) {
			throw new UsageException(NLS.bind(Messages.Usage_badTokens, where, text.strip()));
		}
	}

	/** An amount of US dollars, 0 for no cap; a leading "$" is allowed. */
	public static double cost(String text, String where) throws UsageException {
		var plain = text.strip();
		if (plain.startsWith("$")) {
			plain = plain.substring(1);
		}
		try {
			var cost = Double.parseDouble(plain);
			if (!(cost >= 0) || Double.isInfinite(cost) || !plain.matches("[0-9.]+")) {
				throw new NumberFormatException();
			}
			return cost;
		} catch (NumberFormatException e) {
			throw new UsageException(NLS.bind(Messages.Usage_badCost, where, text.strip()));
		}
	}

	/** A whole number of at least one, as --limit takes. */
	public static int count(String text, String where) throws UsageException {
		try {
			var value = Integer.parseInt(text.strip());
			if (value < 1) {
				throw new NumberFormatException();
			}
			return value;
		} catch (NumberFormatException e) {
			throw new UsageException(NLS.bind(Messages.Usage_badCount, where, text.strip()));
		}
	}
}
