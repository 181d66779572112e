package dev.piassistant.tools.internal.permission;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.tool.Access;
import dev.piassistant.tools.internal.permission.ShellScript.SimpleCommand;

/**
 * What is never allowed, whatever was granted: touching credentials, changing files outside the workspace or the
 * files that control permissions and git, deleting outside the workspace, running as another user, harming the
 * machine, setting variables that load other code, and configuring git to run programs.
 */
final class Dangers {

	private static final Set<String> HARMLESS_TARGETS = Set.of("/dev/null", "/dev/stdout", "/dev/stderr", "/dev/tty");
	/** Programs whose every operand is changed. */
	private static final Set<String> CHANGE_ALL = Set.of("chmod", "chown", "chgrp", "touch", "truncate", "tee", "mkdir", "mv",
			"setfacl", "chattr");
	/** Programs whose last operand is changed. */
	private static final Set<String> CHANGE_LAST = Set.of("cp", "install", "ln", "rsync", "scp");

	private final WorkspacePaths paths;

	Dangers(WorkspacePaths paths) {
		this.paths = paths;
	}

	Optional<String> of(Fact fact) {
		if (fact instanceof Fact.Danger danger) {
			return Optional.of(danger.rule());
		}
		if (fact instanceof Fact.FileUse file) {
			return file(file.path(), file.op() != Access.FileOp.READ);
		}
		if (fact instanceof Fact.Request request) {
			var scheme = request.uri().getScheme().toLowerCase(java.util.Locale.ROOT);
			return scheme.equals("http") || scheme.equals("https") ? Optional.empty()
					: Optional.of(NLS.bind(Messages.Danger_scheme, request.uri()));
		}
		if (fact instanceof Fact.CommandRun run) {
			return command(run.command(), run.directory());
		}
		return Optional.empty();
	}

	private Optional<String> file(Path path, boolean changes) {
		var shown = paths.relative(path);
		if (paths.isCredential(path)) {
			return Optional.of(NLS.bind(Messages.Danger_credential, shown));
		}
		if (changes && !paths.inside(path)) {
			return Optional.of(NLS.bind(Messages.Danger_changeOutside, shown));
		}
		if (changes && paths.isProtected(path)) {
			return Optional.of(NLS.bind(Messages.Danger_protected, shown));
		}
		return Optional.empty();
	}

	private Optional<String> command(SimpleCommand command, Path directory) {
		for (var assignment : command.assignments()) {
			var danger = variable(assignment.text());
			if (danger.isPresent()) {
				return danger;
			}
		}
		var words = command.texts();
		var effective = Programs.unwrap(words);
		for (var program : List.of(words.isEmpty() ? "" : Programs.name(words.get(0)),
				effective.isEmpty() ? "" : Programs.name(effective.get(0)))) {
			if (Programs.PRIVILEGED.contains(program)) {
				return Optional.of(NLS.bind(Messages.Danger_privileged, program));
			}
			if (Programs.isDestructive(program)) {
				return Optional.of(NLS.bind(Messages.Danger_destructive, program));
			}
		}
		return wrapperVariables(words).or(() -> redirects(command, directory)).or(() -> operands(effective, directory))
				.or(() -> git(effective));
	}

	/** env NAME=value ... and export NAME=value set variables too. */
	private Optional<String> wrapperVariables(List<String> words) {
		if (words.isEmpty()) {
			return Optional.empty();
		}
		var program = Programs.name(words.get(0));
		if (program.equals("env") || program.equals("export") || program.equals("declare") || program.equals("typeset")
				|| program.equals("readonly") || program.equals("set")) {
			for (var word : words.subList(1, words.size())) {
				var danger = variable(word);
				if (danger.isPresent()) {
					return danger;
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<String> variable(String assignment) {
		var equals = assignment.indexOf('=');
		var name = equals < 0 ? assignment : assignment.substring(0, equals);
		return Programs.isDangerousVariable(name) ? Optional.of(NLS.bind(Messages.Danger_variable, name)) : Optional.empty();
	}

	private Optional<String> redirects(SimpleCommand command, Path directory) {
		for (var redirect : command.redirects()) {
			var target = redirect.target().text();
			if (redirect.operator().endsWith("&") && target.chars().allMatch(Character::isDigit) || target.equals("-")
					|| HARMLESS_TARGETS.contains(target)) {
				continue;
			}
			var writes = redirect.operator().contains(">");
			var path = paths.resolve(target, directory);
			if (path.isPresent()) {
				var danger = file(path.get(), writes);
				if (danger.isPresent()) {
					return danger;
				}
			}
		}
		return Optional.empty();
	}

	/** Operands that are credentials, or that the program changes outside the workspace or in protected files. */
	private Optional<String> operands(List<String> words, Path directory) {
		if (words.isEmpty()) {
			return Optional.empty();
		}
		var program = Programs.name(words.get(0));
		var operands = words.subList(1, words.size()).stream()
				.filter(word -> !word.startsWith("-") || word.contains("=") && looksLikePath(pathPart(word))).toList();
		for (int i = 0; i < operands.size(); i++) {
			var operand = operands.get(i);
			var changed = Programs.DELETERS.contains(program) || CHANGE_ALL.contains(program)
					|| CHANGE_LAST.contains(program) && i == operands.size() - 1 && operands.size() > 1
					|| program.equals("dd") && operand.startsWith("of=") || program.equals("sed") && words.contains("-i");
			var text = pathPart(operand);
			if (!looksLikePath(text) && !changed) {
				continue;
			}
			var path = paths.resolve(text, directory);
			if (path.isEmpty()) {
				continue;
			}
			if (Programs.DELETERS.contains(program) && !paths.inside(path.get())) {
				return Optional.of(NLS.bind(Messages.Danger_deleteOutside, paths.relative(path.get())));
			}
			var danger = file(path.get(), changed);
			if (danger.isPresent()) {
				return danger;
			}
		}
		if (program.equals("find") && words.contains("-delete") && operands.stream().filter(Dangers::looksLikePath)
				.map(word -> paths.resolve(word, directory)).anyMatch(path -> path.isPresent() && !paths.inside(path.get()))) {
			return Optional.of(NLS.bind(Messages.Danger_deleteOutside, String.join(" ", operands)));
		}
		return Optional.empty();
	}

	/** The path in an operand: after "if=" or "--data=", without curl's "@". */
	private static String pathPart(String operand) {
		var text = operand;
		var equals = text.indexOf('=');
		if (equals > 0 && !text.substring(0, equals).contains("/")) {
			text = text.substring(equals + 1);
		}
		return text.startsWith("@") ? text.substring(1) : text;
	}

	private static boolean looksLikePath(String word) {
		return word.contains("/") || word.startsWith("~") || word.startsWith(".");
	}

	private static Optional<String> git(List<String> words) {
		var git = GitCommand.of(words);
		if (git.isEmpty()) {
			return Optional.empty();
		}
		var configured = git.get().programConfiguration();
		if (configured.isPresent()) {
			return Optional.of(NLS.bind(Messages.Danger_gitProgram, configured.get()));
		}
		for (var argument : git.get().arguments()) {
			if (argument.startsWith("--upload-pack") || argument.startsWith("--receive-pack") || argument.startsWith("--exec")
					|| git.get().subcommand().equals("rebase") && argument.equals("-x")) {
				return Optional.of(NLS.bind(Messages.Danger_hiddenCommand, argument));
			}
		}
		if (git.get().arguments().stream().anyMatch(argument -> argument.startsWith("ext::") || argument.contains("::"))
				&& git.get().isRemote()) {
			return Optional.of(NLS.bind(Messages.Danger_hiddenCommand, "ext::"));
		}
		return Optional.empty();
	}
}
