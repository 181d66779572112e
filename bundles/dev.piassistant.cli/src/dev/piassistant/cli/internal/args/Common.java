package dev.piassistant.cli.internal.args;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import dev.piassistant.core.tool.Risk;

/**
 * Options that {@code run} and {@code resume} share.
 *
 * @param workspace the folder given with --workspace, if any
 * @param allow     risk classes whose tool calls are approved without asking
 * @param yes       approve every tool call and the plan without asking
 * @param json      one JSON object per event on standard output, nothing else
 * @param quiet     no progress, only the final answer
 */
public record Common(Optional<Path> workspace, Set<Risk> allow, boolean yes, boolean json, boolean quiet) {

	public Common {
		allow = Set.copyOf(allow);
	}

	public static final Common DEFAULT = new Common(Optional.empty(), Set.of(), false, false, false);
}
