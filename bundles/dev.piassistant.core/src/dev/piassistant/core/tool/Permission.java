package dev.piassistant.core.tool;

import java.util.Objects;

/**
 * What a {@link PermissionPolicy} decided about one tool call. The rule names what decided it (a default,
 * a grant, a line of the project profile), so that the user can see why.
 */
public sealed interface Permission {

	String rule();

	/** Run it. */
	record Allow(String rule) implements Permission {
		public Allow {
			Objects.requireNonNull(rule, "rule");
		}
	}

	/** Ask the user first. */
	record Ask(String rule) implements Permission {
		public Ask {
			Objects.requireNonNull(rule, "rule");
		}
	}

	/** Refuse it; the model is told so. */
	record Deny(String rule) implements Permission {
		public Deny {
			Objects.requireNonNull(rule, "rule");
		}
	}
}
