package dev.piassistant.tools.internal.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

import org.tomlj.TomlParseResult;

import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.profile.ProfileException;
import dev.piassistant.core.profile.ProfileException.Problem;
import dev.piassistant.core.profile.ProjectProfile;
import dev.piassistant.core.tool.GrantTarget;
import dev.piassistant.core.tool.PermissionRules;

/**
 * The values of a parsed profile, each checked: a known key with a value of the wrong kind is an error with its
 * line and column; unknown keys are collected, since a newer release may know them.
 */
final class ProfileValues {

	private static final Set<String> KNOWN = Set.of("mode", "model", "tools", "permissions", "permissions.allow",
			"permissions.ask", "permissions.deny", "budget", "budget.max_tokens", "budget.max_cost");

	private final Path file;
	private final TomlParseResult toml;

	ProfileValues(Path file, TomlParseResult toml) {
		this.file = file;
		this.toml = toml;
	}

	ProjectProfile profile() throws ProfileException {
		var tools = toml.contains("tools") ? Optional.of(texts("tools")) : Optional.<List<String>>empty();
		var permissions = new PermissionRules(grants("permissions.allow"), grants("permissions.ask"), grants("permissions.deny"));
		return new ProjectProfile(Optional.of(file), mode(), text("model"), tools, permissions, maxTokens(), maxCost(), unknownKeys());
	}

	private Optional<ApprovalMode> mode() throws ProfileException {
		var mode = text("mode");
		if (mode.isEmpty()) {
			return Optional.empty();
		}
		return switch (mode.get().toLowerCase(Locale.ROOT)) {
			case "auto" -> Optional.of(ApprovalMode.AUTO);
			case "step" -> Optional.of(ApprovalMode.STEP_BY_STEP);
			case "review" -> Optional.of(ApprovalMode.REVIEW_PLAN);
			default -> throw error("mode", Problem.NOT_MODE, mode.get());
		};
	}

	private List<GrantTarget> grants(String key) throws ProfileException {
		var grants = new ArrayList<GrantTarget>();
		for (var spec : toml.contains(key) ? texts(key) : List.<String>of()) {
			try {
				grants.add(GrantTarget.parse(spec));
			} catch (IllegalArgumentException e) {
				throw error(key, Problem.NOT_PERMISSION, spec);
			}
		}
		return grants;
	}

	private List<String> texts(String key) throws ProfileException {
		if (!toml.isArray(key)) {
			throw error(key, Problem.NOT_LIST, "");
		}
		var array = toml.getArrayOrEmpty(key);
		var texts = new ArrayList<String>();
		for (int i = 0; i < array.size(); i++) {
			if (!(array.get(i) instanceof String text) || text.isBlank()) {
				throw error(key, Problem.NOT_LIST, "");
			}
			texts.add(text.strip());
		}
		return texts;
	}

	private OptionalLong maxTokens() throws ProfileException {
		var key = "budget.max_tokens";
		if (!toml.contains(key)) {
			return OptionalLong.empty();
		}
		if (!(toml.get(key) instanceof Long tokens) || tokens < 0) {
			throw error(key, Problem.NOT_COUNT, "");
		}
		return OptionalLong.of(tokens);
	}

	private OptionalDouble maxCost() throws ProfileException {
		var key = "budget.max_cost";
		if (!toml.contains(key)) {
			return OptionalDouble.empty();
		}
		if (!(toml.get(key) instanceof Number cost) || cost.doubleValue() < 0) {
			throw error(key, Problem.NOT_AMOUNT, "");
		}
		return OptionalDouble.of(cost.doubleValue());
	}

	private Optional<String> text(String key) throws ProfileException {
		if (!toml.contains(key)) {
			return Optional.empty();
		}
		if (!(toml.get(key) instanceof String value) || value.isBlank()) {
			throw error(key, Problem.NOT_TEXT, "");
		}
		return Optional.of(value.strip());
	}

	private List<ProjectProfile.UnknownKey> unknownKeys() {
		var unknown = new ArrayList<ProjectProfile.UnknownKey>();
		for (var key : toml.dottedKeySet(false)) {
			if (!KNOWN.contains(key)) {
				var position = toml.inputPositionOf(key);
				unknown.add(new ProjectProfile.UnknownKey(key, position == null ? 0 : position.line(), position == null ? 0 : position.column()));
			}
		}
		return unknown;
	}

	private ProfileException error(String key, Problem problem, String detail) {
		var position = toml.inputPositionOf(key);
		return new ProfileException(file, problem, key, position == null ? 0 : position.line(), position == null ? 0 : position.column(),
				detail);
	}
}
