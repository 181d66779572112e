package dev.piassistant.cli.internal.profile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.tool.Risk;

/**
 * What a project's {@code .pi-assistant.toml} says. Flags on the command line win over it.
 *
 * <pre>
 * mode = "review"                  # auto | step | review
 * model = "Local Ollama/qwen2.5"   # PROVIDER/MODEL
 *
 * [permissions]
 * allow = ["read", "write"]        # approved without asking: read, write, execute, network
 *
 * [budget]
 * max_tokens = 200000
 * max_cost = 1.50                  # US dollars
 * </pre>
 *
 * @param file     the file it was read from; empty when the workspace has none
 * @param warnings keys the command line does not know, with their place, for the user to check
 */
public record Profile(Optional<Path> file, Optional<ApprovalMode> mode, Optional<String> model, Set<Risk> allow,
		OptionalLong maxTokens, OptionalDouble maxCost, List<String> warnings) {

	public static final String FILE_NAME = ".pi-assistant.toml";

	public static final Profile NONE = new Profile(Optional.empty(), Optional.empty(), Optional.empty(), Set.of(),
			OptionalLong.empty(), OptionalDouble.empty(), List.of());

	public Profile {
		allow = Set.copyOf(allow);
		warnings = List.copyOf(warnings);
	}
}
