package dev.piassistant.cli.internal.args;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.cli.internal.Messages;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.audit.AuditFilter;

/**
 * Reads {@code pi}'s arguments: a command, then options and (for {@code run}) the task text. Options take
 * their value as the next argument or after '='; "--" ends the options.
 */
public final class CommandLine {

	public static final String RUN = "run";
	public static final String RESUME = "resume";
	public static final String INDEX = "index";
	public static final String MCP = "mcp";
	public static final String AUDIT = "audit";
	public static final String HELP = "help";
	public static final List<String> COMMANDS = List.of(RUN, RESUME, INDEX, MCP, AUDIT, HELP);

	/** How many entries pi audit lists unless --limit says otherwise: the newest. */
	public static final int AUDIT_LIMIT = 50;

	private final String command;
	private final Options options;

	private CommandLine(String command, List<String> arguments) {
		this.command = command;
		this.options = new Options(command, arguments);
	}

	/** Options of Eclipse Secure Storage, with a value each; Equinox reads them, pi leaves them alone. */
	private static final List<String> SECURE_STORAGE_OPTIONS = List.of("-eclipse.keyring", "-eclipse.password");

	public static Command parse(List<String> given) throws UsageException {
		var arguments = withoutSecureStorageOptions(given);
		if (arguments.isEmpty()) {
			return new Command.Help(Optional.empty());
		}
		var first = arguments.get(0);
		if (first.equals("--help") || first.equals("-h")) {
			return new Command.Help(Optional.empty());
		}
		if (!COMMANDS.contains(first)) {
			throw new UsageException(first.startsWith("-") ? NLS.bind(Messages.Usage_optionBeforeCommand, first)
					: NLS.bind(Messages.Usage_unknownCommand, first));
		}
		return new CommandLine(first, arguments.subList(1, arguments.size())).read();
	}

	private static List<String> withoutSecureStorageOptions(List<String> arguments) {
		var kept = new ArrayList<String>();
		for (int i = 0; i < arguments.size(); i++) {
			if (SECURE_STORAGE_OPTIONS.contains(arguments.get(i))) {
				i++;
			} else {
				kept.add(arguments.get(i));
			}
		}
		return kept;
	}

	private Command read() throws UsageException {
		if (command.equals(HELP)) {
			return help();
		}
		var common = new Common(options.path("--workspace"), options.risks("--allow"), options.flag("--yes", "-y"),
				options.flag("--json"), options.flag("--quiet", "-q"));
		if (command.equals(MCP)) {
			return mcp(common);
		}
		if (command.equals(AUDIT)) {
			return audit(common);
		}
		return command.equals(RUN) ? run(common) : command.equals(INDEX) ? index(common) : resume(common);
	}

	private Command index(Common common) throws UsageException {
		if (options.helpAsked()) {
			return new Command.Help(Optional.of(INDEX));
		}
		options.rejectUnknown();
		var folders = new ArrayList<Path>();
		for (var word : options.positionals()) {
			try {
				folders.add(Path.of(word));
			} catch (java.nio.file.InvalidPathException e) {
				throw new UsageException(NLS.bind(Messages.Usage_badFolder, word));
			}
		}
		return new Command.Index(common, folders);
	}

	private Command mcp(Common common) throws UsageException {
		if (options.helpAsked()) {
			return new Command.Help(Optional.of(MCP));
		}
		options.rejectUnknown();
		if (!options.positionals().isEmpty()) {
			throw new UsageException(NLS.bind(Messages.Usage_mcpTakesNoText, String.join(" ", options.positionals())));
		}
		return new Command.Mcp(common);
	}

	private Command audit(Common common) throws UsageException {
		var limit = options.text("--limit");
		var filter = AuditFilter.ALL.limitedTo(limit.isPresent() ? Values.count(limit.get(), "--limit") : AUDIT_LIMIT);
		filter = withValue(filter, options.text("--task"), AuditFilter::withTask);
		filter = withValue(filter, options.text("--tool"), AuditFilter::withTool);
		filter = withValue(filter, options.text("--decision"), AuditFilter::withDecision);
		var verify = options.flag("--verify");
		if (options.helpAsked()) {
			return new Command.Help(Optional.of(AUDIT));
		}
		options.rejectUnknown();
		if (!options.positionals().isEmpty()) {
			throw new UsageException(NLS.bind(Messages.Usage_auditTakesNoText, String.join(" ", options.positionals())));
		}
		return new Command.Audit(common, filter, verify);
	}

	private static AuditFilter withValue(AuditFilter filter, Optional<String> value,
			java.util.function.BiFunction<AuditFilter, String, AuditFilter> with) {
		return value.map(given -> with.apply(filter, given)).orElse(filter);
	}

	private Command help() throws UsageException {
		var topics = options.positionals();
		if (topics.size() > 1 || topics.stream().anyMatch(topic -> !COMMANDS.contains(topic))) {
			throw new UsageException(NLS.bind(Messages.Usage_unknownTopic, String.join(" ", topics)));
		}
		return new Command.Help(topics.stream().findFirst());
	}

	private Command run(Common common) throws UsageException {
		var model = options.text("--model", "-m");
		var pin = options.flag("--pin");
		var mode = options.mode("--mode");
		var maxTokens = options.tokens("--max-tokens");
		var maxCost = options.cost("--max-cost");
		if (options.helpAsked()) {
			return new Command.Help(Optional.of(RUN));
		}
		options.rejectUnknown();
		var words = options.positionals();
		if (words.isEmpty()) {
			throw new UsageException(Messages.Usage_noTask);
		}
		var prompt = String.join(" ", words).strip();
		if (prompt.isEmpty()) {
			throw new UsageException(Messages.Usage_noTask);
		}
		return new Command.Run(common, model, pin, mode, maxTokens, maxCost, prompt);
	}

	private Command resume(Common common) throws UsageException {
		var task = options.text("--task");
		if (options.helpAsked()) {
			return new Command.Help(Optional.of(RESUME));
		}
		options.rejectUnknown();
		if (!options.positionals().isEmpty()) {
			throw new UsageException(NLS.bind(Messages.Usage_resumeTakesNoText, String.join(" ", options.positionals())));
		}
		return new Command.Resume(common, task);
	}

	/** The arguments after the command: options are taken out by name, what is left are words. */
	private static final class Options {

		private final String command;
		private final List<String> rest = new ArrayList<>();
		private final List<String> words = new ArrayList<>();
		private boolean helpAsked;

		Options(String command, List<String> arguments) {
			this.command = command;
			var optionsEnded = false;
			for (var argument : arguments) {
				if (optionsEnded) {
					words.add(argument);
				} else if (argument.equals("--")) {
					optionsEnded = true;
				} else if (argument.equals("--help") || argument.equals("-h")) {
					helpAsked = true;
				} else {
					rest.add(argument);
				}
			}
		}

		boolean helpAsked() {
			return helpAsked;
		}

		boolean flag(String... names) throws UsageException {
			var found = false;
			for (int i = 0; i < rest.size(); i++) {
				if (matches(rest.get(i), names)) {
					if (rest.get(i).contains("=")) {
						throw new UsageException(NLS.bind(Messages.Usage_flagTakesNoValue, names[0]));
					}
					rest.remove(i--);
					found = true;
				}
			}
			return found;
		}

		Optional<String> text(String... names) throws UsageException {
			var values = all(names);
			if (values.size() > 1) {
				throw new UsageException(NLS.bind(Messages.Usage_repeated, names[0]));
			}
			return values.stream().findFirst();
		}

		/** Every value of an option that may be given more than once. */
		List<String> all(String... names) throws UsageException {
			var values = new ArrayList<String>();
			for (int i = 0; i < rest.size(); i++) {
				var argument = rest.get(i);
				if (!matches(argument, names)) {
					continue;
				}
				var equals = argument.indexOf('=');
				String value;
				if (equals >= 0) {
					value = argument.substring(equals + 1);
					rest.remove(i--);
				} else if (i + 1 < rest.size() && !isOption(rest.get(i + 1))) {
					value = rest.get(i + 1);
					rest.remove(i + 1);
					rest.remove(i--);
				} else {
					throw new UsageException(NLS.bind(Messages.Usage_missingValue, names[0]));
				}
				if (value.isBlank()) {
					throw new UsageException(NLS.bind(Messages.Usage_missingValue, names[0]));
				}
				values.add(value);
			}
			return values;
		}

		Optional<Path> path(String name) throws UsageException {
			var value = text(name);
			try {
				return value.map(Path::of);
			} catch (java.nio.file.InvalidPathException e) {
				throw new UsageException(NLS.bind(Messages.Usage_badPath, name, value.get()));
			}
		}

		Set<dev.piassistant.core.tool.Risk> risks(String name) throws UsageException {
			var risks = new java.util.HashSet<dev.piassistant.core.tool.Risk>();
			for (var value : all(name)) {
				risks.addAll(Values.risks(value, name));
			}
			return risks;
		}

		Optional<ApprovalMode> mode(String name) throws UsageException {
			var value = text(name);
			return value.isEmpty() ? Optional.empty() : Optional.of(Values.mode(value.get(), name));
		}

		OptionalLong tokens(String name) throws UsageException {
			var value = text(name);
			return value.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Values.tokens(value.get(), name));
		}

		OptionalDouble cost(String name) throws UsageException {
			var value = text(name);
			return value.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Values.cost(value.get(), name));
		}

		/** Options nobody took are errors; the words left are the task text. */
		void rejectUnknown() throws UsageException {
			for (var argument : rest) {
				if (isOption(argument)) {
					throw new UsageException(NLS.bind(Messages.Usage_unknownOption, argument.split("=", 2)[0], command));
				}
			}
		}

		/** The words in order: those before "--", then those after it. */
		List<String> positionals() {
			var all = new ArrayList<>(rest);
			all.addAll(words);
			return all;
		}

		private static boolean matches(String argument, String... names) {
			for (var name : names) {
				if (argument.equals(name) || argument.startsWith(name + "=")) {
					return true;
				}
			}
			return false;
		}

		/** "-" alone is a word (the task from standard input), as is a negative number. */
		private static boolean isOption(String argument) {
			return argument.startsWith("-") && argument.length() > 1 && !Character.isDigit(argument.charAt(1));
		}
	}
}
