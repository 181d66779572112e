package dev.piassistant.core.profile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.tool.PermissionRules;

/**
 * What a project's {@code .pi-assistant.toml} says.
 *
 * <pre>
 * mode = "review"                      # auto | step | review
 * model = "Local Ollama/qwen2.5"       # PROVIDER/MODEL
 * tools = ["read_file", "search", "git_*"]   # the only tools the agent may call here
 *
 * [permissions]
 * allow = ["read", "write", "command:mvn test", "template:java-dev"]
 * ask = ["path:pom.xml"]
 * deny = ["commands:git push", "host:*"]
 *
 * [budget]
 * max_tokens = 200000
 * max_cost = 1.50                      # US dollars
 * </pre>
 *
 * @param file        the file it was read from; empty when the folder has none
 * @param tools       names (or globs of names) of the only tools allowed; empty when the profile does not limit them
 * @param unknownKeys keys the reader does not know, with their places, for the user to check
 */
public record ProjectProfile(Optional<Path> file, Optional<ApprovalMode> mode, Optional<String> model,
		Optional<List<String>> tools, PermissionRules permissions, OptionalLong maxTokens, OptionalDouble maxCost,
		List<UnknownKey> unknownKeys) {

	public static final String FILE_NAME = ".pi-assistant.toml";

	public static final ProjectProfile NONE = new ProjectProfile(Optional.empty(), Optional.empty(), Optional.empty(),
			Optional.empty(), PermissionRules.NONE, OptionalLong.empty(), OptionalDouble.empty(), List.of());

	/** A key the reader does not know, where it is. */
	public record UnknownKey(String key, int line, int column) {
	}

	public ProjectProfile {
		tools = tools.map(List::copyOf);
		unknownKeys = List.copyOf(unknownKeys);
	}
}
