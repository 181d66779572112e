package dev.piassistant.cli.internal;

import java.util.EnumSet;
import java.util.Set;

import dev.piassistant.cli.internal.args.Common;
import dev.piassistant.cli.internal.profile.Profile;
import dev.piassistant.core.tool.Risk;

/**
 * What is approved before the task starts: tool calls of the risk classes allowed by {@code --allow} or the
 * profile, or with {@code --yes} every tool call and the plan. Pauses are never answered up front: they are
 * the agent's safety stop and need a person.
 */
public record Grants(Set<Risk> allowed, boolean everything) {

	public static final Grants NONE = new Grants(Set.of(), false);

	public Grants {
		allowed = Set.copyOf(allowed);
	}

	/** The flags' grants added to the profile's. */
	public static Grants of(Common flags, Profile profile) {
		var allowed = EnumSet.noneOf(Risk.class);
		allowed.addAll(flags.allow());
		allowed.addAll(profile.allow());
		return new Grants(allowed, flags.yes());
	}

	public boolean allows(Risk risk) {
		return everything || allowed.contains(risk);
	}
}
