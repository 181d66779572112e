package dev.piassistant.planning.internal.hooks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

/**
 * One configured command.
 *
 * @param matcher   which tools it runs for (a regular expression matched against the whole tool name); null:
 *                  every tool, or no tool at points without tools
 * @param directory where the command runs: the project whose settings name it (the workspace for the user's)
 * @param source    the settings file it comes from
 */
public record Hook(HookPoint point, @Nullable Pattern matcher, String command, Duration timeout, Path directory, Path source) {

	public boolean matches(@Nullable String toolName) {
		var pattern = matcher;
		return pattern == null || toolName != null && pattern.matcher(toolName).matches();
	}
}
