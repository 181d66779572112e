package dev.piassistant.core.tool;

import java.util.List;
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

	/**
	 * Ask the user first.
	 *
	 * @param choices what the user may grant beyond this one call, narrowest first (exactly this command, its
	 *                family, the tool); empty: a grant of the tool
	 */
	record Ask(String rule, List<GrantTarget> choices) implements Permission {
		public Ask {
			Objects.requireNonNull(rule, "rule");
			choices = choices == null ? List.of() : List.copyOf(choices);
		}

		public Ask(String rule) {
			this(rule, List.of());
		}
	}

	/** Refuse it; the model is told so. */
	record Deny(String rule) implements Permission {
		public Deny {
			Objects.requireNonNull(rule, "rule");
		}
	}
}
