package dev.piassistant.cli.internal.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;

import dev.piassistant.cli.internal.Messages;
import dev.piassistant.cli.internal.args.UsageException;
import dev.piassistant.cli.internal.args.Values;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.tool.Risk;

/**
 * Reads {@code .pi-assistant.toml}. A file that is not valid TOML, or a known key with a value of the wrong
 * kind, is an error with its line and column; unknown keys are only warned about, since the IDE may know
 * keys the command line does not.
 */
public final class ProfileReader {

	private static final Set<String> KNOWN = Set.of("mode", "model", "permissions", "permissions.allow", "budget",
			"budget.max_tokens", "budget.max_cost");

	private final Path file;
	private final TomlParseResult toml;

	private ProfileReader(Path file, TomlParseResult toml) {
		this.file = file;
		this.toml = toml;
	}

	/** The profile of a workspace, or {@link Profile#NONE} when it has none. */
	public static Profile read(Path workspace) throws UsageException {
		var file = workspace.resolve(Profile.FILE_NAME);
		if (!Files.isRegularFile(file)) {
			return Profile.NONE;
		}
		try {
			var toml = Toml.parse(file);
			if (toml.hasErrors()) {
				var error = toml.errors().get(0);
				throw new UsageException(NLS.bind(Messages.Profile_syntax, place(file, error.position().line(),
						error.position().column()), error.getMessage()));
			}
			return new ProfileReader(file, toml).profile();
		} catch (IOException e) {
			throw new UsageException(NLS.bind(Messages.Profile_unreadable, file, e.getMessage()));
		}
	}

	private Profile profile() throws UsageException {
		var mode = text("mode");
		var model = text("model");
		return new Profile(Optional.of(file), mode.isEmpty() ? Optional.empty() : Optional.of(mode(mode.get())), model,
				allow(), maxTokens(), maxCost(), warnings());
	}

	private ApprovalMode mode(String name) throws UsageException {
		try {
			return Values.mode(name, "mode");
		} catch (UsageException e) {
			throw located("mode", e.getMessage());
		}
	}

	private Set<Risk> allow() throws UsageException {
		var key = "permissions.allow";
		if (!toml.contains(key)) {
			return Set.of();
		}
		if (!toml.isArray(key)) {
			throw located(key, Messages.Profile_allowNotList);
		}
		TomlArray names = toml.getArrayOrEmpty(key);
		var risks = EnumSet.noneOf(Risk.class);
		for (int i = 0; i < names.size(); i++) {
			if (!(names.get(i) instanceof String name)) {
				throw located(key, Messages.Profile_allowNotList);
			}
			try {
				risks.add(Values.risk(name, key));
			} catch (UsageException e) {
				throw located(key, e.getMessage());
			}
		}
		return risks;
	}

	private OptionalLong maxTokens() throws UsageException {
		var key = "budget.max_tokens";
		if (!toml.contains(key)) {
			return OptionalLong.empty();
		}
		if (!(toml.get(key) instanceof Long tokens) || tokens < 0) {
			throw located(key, NLS.bind(Messages.Profile_notCount, key));
		}
		return OptionalLong.of(tokens);
	}

	private OptionalDouble maxCost() throws UsageException {
		var key = "budget.max_cost";
		if (!toml.contains(key)) {
			return OptionalDouble.empty();
		}
		if (!(toml.get(key) instanceof Number cost) || cost.doubleValue() < 0) {
			throw located(key, NLS.bind(Messages.Profile_notAmount, key));
		}
		return OptionalDouble.of(cost.doubleValue());
	}

	private Optional<String> text(String key) throws UsageException {
		if (!toml.contains(key)) {
			return Optional.empty();
		}
		if (!(toml.get(key) instanceof String value) || value.isBlank()) {
			throw located(key, NLS.bind(Messages.Profile_notText, key));
		}
		return Optional.of(value.strip());
	}

	private List<String> warnings() {
		var warnings = new ArrayList<String>();
		for (var key : toml.dottedKeySet(false)) {
			if (!KNOWN.contains(key)) {
				var position = toml.inputPositionOf(key);
				var where = position == null ? file.toString() : place(file, position.line(), position.column());
				warnings.add(NLS.bind(Messages.Profile_unknownKey, where, key));
			}
		}
		return warnings;
	}

	private UsageException located(String key, String message) {
		var position = toml.inputPositionOf(key);
		var where = position == null ? file.toString() : place(file, position.line(), position.column());
		return new UsageException(NLS.bind(Messages.Profile_invalid, where, message));
	}

	private static String place(Path file, int line, int column) {
		return file + ":" + line + ":" + column;
	}
}
