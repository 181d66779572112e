package dev.piassistant.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;

/** Reads numbers the user typed into a page; what is not a valid number is explained with the field's name. */
final class Numbers {

	private Numbers() {
	}

	/** A whole number of 0 or more (separators allowed: "500,000"). */
	static long whole(String text, String label) {
		return whole(text, label, Long.MAX_VALUE);
	}

	static long whole(String text, String label, long maximum) {
		try {
			var value = Long.parseLong(text.strip().replace(",", "").replace("_", ""));
			if (value >= 0 && value <= maximum) {
				return value;
			}
		} catch (NumberFormatException e) {
			// Explained below.
		}
		throw new IllegalArgumentException(NLS.bind(Messages.AgentPage_notWhole, name(label)));
	}

	/** An amount of 0 or more ("0.50", "$2"). */
	static double amount(String text, String label) {
		try {
			var value = Double.parseDouble(text.strip().replace("$", ""));
			if (value >= 0 && Double.isFinite(value)) {
				return value;
			}
		} catch (NumberFormatException e) {
			// Explained below.
		}
		throw new IllegalArgumentException(NLS.bind(Messages.AgentPage_notAmount, name(label)));
	}

	/** A field's label as a name: without the mnemonic, the colon and any "(0 for none)". */
	private static String name(String label) {
		return label.replace("&", "").replaceAll("\\s*\\(.*\\)", "").replace(":", "").strip();
	}
}
