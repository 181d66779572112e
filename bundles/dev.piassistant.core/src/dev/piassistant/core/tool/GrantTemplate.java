package dev.piassistant.core.tool;

import java.util.List;
import java.util.Objects;

/**
 * A named set of grants, granted at once with {@code template:NAME}: "java-dev" grants git's local commands,
 * Maven and Gradle.
 *
 * @param builtIn whether Pi Assistant brings it (it cannot be changed, only replaced by one of the same name)
 */
public record GrantTemplate(String name, List<GrantTarget> targets, boolean builtIn) {

	public GrantTemplate {
		Objects.requireNonNull(name, "name");
		if (name.isBlank() || !name.strip().equals(name) || name.contains(":")) {
			throw new IllegalArgumentException("a template name is one word without ':'");
		}
		targets = List.copyOf(targets);
	}
}
