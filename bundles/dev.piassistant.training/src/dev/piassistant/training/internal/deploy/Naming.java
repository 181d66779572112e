package dev.piassistant.training.internal.deploy;

import java.util.regex.Pattern;

/** What a deployed model may be called: it becomes part of a tool's name. */
public final class Naming {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

	private Naming() {
	}

	public static void require(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("A model's name is lower-case letters, digits and underscores, starting with a letter and at most "
					+ "40 long (like support_tickets): '" + name + "' is not.");
		}
	}
}
