package dev.piassistant.planning.internal.hooks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.jdt.annotation.Nullable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the {@code hooks} section of one settings file, in the shape Claude Code's settings use:
 * <pre>{"hooks": {"PreToolUse": [{"matcher": "shell", "hooks": [{"type": "command", "command": "...", "timeout": 30}]}]}}</pre>
 */
public final class HookSettings {

	/** A settings file, or a part of it, that could not be used, and why. */
	public record Problem(Path file, String reason) {
		public String describe() {
			return file + ": " + reason;
		}
	}

	static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
	private static final ObjectMapper JSON = new ObjectMapper();

	private HookSettings() {
	}

	static void read(Path file, Path directory, List<Hook> into, List<Problem> problems) {
		if (!Files.isRegularFile(file)) {
			return;
		}
		JsonNode root;
		try {
			root = JSON.readTree(file.toFile());
		} catch (JsonProcessingException e) {
			problems.add(new Problem(file, "is not valid JSON (" + e.getOriginalMessage() + ", line " + line(e) + ")"));
			return;
		} catch (IOException e) {
			problems.add(new Problem(file, "cannot be read (" + e.getMessage() + ")"));
			return;
		}
		var hooks = root == null ? null : root.get("hooks");
		if (hooks == null || hooks.isNull()) {
			return;
		}
		if (!hooks.isObject()) {
			problems.add(new Problem(file, "'hooks' must be an object of events (PreToolUse, PostToolUse, UserPromptSubmit, Stop)"));
			return;
		}
		hooks.fields().forEachRemaining(entry -> {
			var point = HookPoint.of(entry.getKey());
			if (point.isEmpty()) {
				problems.add(new Problem(file, "'" + entry.getKey() + "' is not an event Pi Assistant runs hooks at; the events are "
						+ "PreToolUse, PostToolUse, UserPromptSubmit and Stop"));
			} else {
				groups(file, directory, point.get(), entry.getValue(), into, problems);
			}
		});
	}

	private static void groups(Path file, Path directory, HookPoint point, JsonNode groups, List<Hook> into, List<Problem> problems) {
		if (!groups.isArray()) {
			problems.add(new Problem(file, point.key() + " must be a list of {\"matcher\": ..., \"hooks\": [...]}"));
			return;
		}
		for (var group : groups) {
			var text = group.path("matcher").asText("");
			var matchesAll = !point.matchesTools() || text.isBlank() || text.equals("*");
			var matcher = matchesAll ? null : matcher(file, point, text, problems);
			if (!matchesAll && matcher == null) {
				continue;
			}
			for (var command : group.path("hooks")) {
				var line = command.path("command").asText("");
				if (line.isBlank() || !command.path("type").asText("command").equals("command")) {
					problems.add(new Problem(file, point.key() + ": each hook needs \"type\": \"command\" and a \"command\""));
					continue;
				}
				var seconds = command.path("timeout").asLong(DEFAULT_TIMEOUT.toSeconds());
				into.add(new Hook(point, matcher, line, Duration.ofSeconds(Math.max(1, seconds)), directory, file));
			}
		}
	}

	/** The matcher as a pattern, or null (with a problem) when it is not a regular expression. */
	private static @Nullable Pattern matcher(Path file, HookPoint point, String matcher, List<Problem> problems) {
		try {
			return Pattern.compile(matcher);
		} catch (PatternSyntaxException e) {
			problems.add(new Problem(file, point.key() + ": the matcher '" + matcher + "' is not a regular expression ("
					+ e.getDescription() + ")"));
			return null;
		}
	}

	private static String line(JsonProcessingException e) {
		var location = e.getLocation();
		return location == null ? "?" : String.valueOf(location.getLineNr());
	}
}
