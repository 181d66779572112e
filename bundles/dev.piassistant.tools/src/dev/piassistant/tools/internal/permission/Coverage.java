package dev.piassistant.tools.internal.permission;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.piassistant.core.tool.GrantTarget;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.tools.internal.permission.ShellScript.SimpleCommand;

/**
 * Whether a grant target covers a call (every fact of it: for grants, which never widen) or touches it (any
 * fact: for the rules that deny or ask). A family of commands covers a command only when nothing in it can run
 * another program: no variables or substitutions, no assignments, no redirection to a file, no escaping option,
 * no path outside the workspace.
 */
final class Coverage {

	private static final Set<String> SAFE_REDIRECT_TARGETS = Set.of("/dev/null", "/dev/stdout", "/dev/stderr");

	/** The call as coverage needs it. */
	record Call(String tool, Risk risk, List<Fact> facts) {
	}

	private final WorkspacePaths paths;

	Coverage(WorkspacePaths paths) {
		this.paths = paths;
	}

	/** Whether the target allows everything the call does. Templates must be expanded first. */
	boolean covers(GrantTarget target, Call call) {
		if (target instanceof GrantTarget.RiskClass risk) {
			return risk.risk() == call.risk() && call.facts().stream().noneMatch(Coverage::needsNaming);
		}
		if (target instanceof GrantTarget.AnyCall any) {
			return any.tool().equals(call.tool());
		}
		if (call.facts().isEmpty()) {
			return false;
		}
		return call.facts().stream().allMatch(fact -> covers(target, fact));
	}

	private boolean covers(GrantTarget target, Fact fact) {
		if (target instanceof GrantTarget.Paths glob) {
			return fact instanceof Fact.FileUse file && paths.matches(glob.glob(), file.path());
		}
		if (target instanceof GrantTarget.Host host) {
			return fact instanceof Fact.Request request && hostMatches(host.pattern(), request.host());
		}
		if (!(fact instanceof Fact.CommandRun run) || !isPlain(run.command(), run.directory())) {
			return false;
		}
		var words = run.command().texts();
		if (target instanceof GrantTarget.Command exact) {
			return exact.words().equals(words);
		}
		return target instanceof GrantTarget.Commands family && inFamily(family, words);
	}

	/** Whether the target touches anything the call does: a rule that denies or asks applies then. */
	boolean touches(GrantTarget target, Call call) {
		if (target instanceof GrantTarget.RiskClass risk) {
			return risk.risk() == call.risk();
		}
		if (target instanceof GrantTarget.AnyCall any) {
			return any.tool().equals(call.tool());
		}
		return call.facts().stream().anyMatch(fact -> touches(target, fact));
	}

	private boolean touches(GrantTarget target, Fact fact) {
		if (fact instanceof Fact.FileUse file) {
			return target instanceof GrantTarget.Paths glob && paths.matches(glob.glob(), file.path());
		}
		if (fact instanceof Fact.Request request) {
			return target instanceof GrantTarget.Host host && hostMatches(host.pattern(), request.host());
		}
		if (!(fact instanceof Fact.CommandRun run)) {
			return false;
		}
		var words = Programs.unwrap(run.command().texts());
		if (target instanceof GrantTarget.Command exact) {
			return exact.words().equals(words);
		}
		if (target instanceof GrantTarget.Commands family) {
			return !words.isEmpty() && Programs.name(words.get(0)).equals(Programs.name(family.program()))
					&& (family.subcommands().isEmpty() || family.subcommands().contains(subcommand(words)));
		}
		if (target instanceof GrantTarget.Paths glob) {
			return mentionedPaths(run).stream().anyMatch(path -> paths.matches(glob.glob(), path));
		}
		return target instanceof GrantTarget.Host host && words.stream().anyMatch(word -> word.contains("://")
				&& hostMatches(host.pattern(), hostOf(word)));
	}

	/** Pushing and the other remote git operations are covered only by a grant that names them. */
	private static boolean needsNaming(Fact fact) {
		return fact instanceof Fact.CommandRun run && GitCommand.of(Programs.unwrap(run.command().texts()))
				.filter(GitCommand::isRemote).isPresent();
	}

	private boolean isPlain(SimpleCommand command, Path directory) {
		if (!command.assignments().isEmpty() || command.isDynamic() || command.words().isEmpty()) {
			return false;
		}
		for (var redirect : command.redirects()) {
			var target = redirect.target().text();
			var duplicate = redirect.operator().endsWith("&") && target.chars().allMatch(Character::isDigit);
			if (!duplicate && !SAFE_REDIRECT_TARGETS.contains(target)) {
				return false;
			}
		}
		for (var word : command.texts().subList(1, command.words().size())) {
			if ((word.contains("/") || word.startsWith("~") || word.startsWith("..")) && !word.contains("://")) {
				var path = paths.resolve(word.startsWith("-") && word.contains("=") ? word.substring(word.indexOf('=') + 1) : word, directory);
				if (path.isEmpty() || !paths.inside(path.get())) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean inFamily(GrantTarget.Commands family, List<String> words) {
		if (!words.get(0).equals(family.program()) || Programs.WRAPPERS.contains(Programs.name(words.get(0)))) {
			return false;
		}
		var git = GitCommand.of(words);
		if (git.isPresent()) {
			var command = git.get();
			if (!command.hasHarmlessGlobals() || command.escape().isPresent() || command.subcommand().isEmpty()) {
				return false;
			}
			return family.subcommands().isEmpty() ? GitCommand.LOCAL.contains(command.subcommand())
					: family.subcommands().contains(command.subcommand());
		}
		return family.subcommands().isEmpty() || family.subcommands().contains(subcommand(words));
	}

	/** The first word after the program that is not an option. */
	static String subcommand(List<String> words) {
		var git = GitCommand.of(words);
		if (git.isPresent()) {
			return git.get().subcommand();
		}
		return words.stream().skip(1).filter(word -> !word.startsWith("-")).findFirst().orElse("");
	}

	private List<Path> mentionedPaths(Fact.CommandRun run) {
		var mentioned = new java.util.ArrayList<Path>();
		for (var word : run.command().texts()) {
			paths.resolve(word, run.directory()).ifPresent(mentioned::add);
		}
		for (var redirect : run.command().redirects()) {
			paths.resolve(redirect.target().text(), run.directory()).ifPresent(mentioned::add);
		}
		return mentioned;
	}

	static boolean hostMatches(String pattern, String host) {
		if (pattern.equals("*")) {
			return true;
		}
		if (pattern.startsWith("*.")) {
			var domain = pattern.substring(2);
			return host.equals(domain) || host.endsWith("." + domain);
		}
		return pattern.equals(host);
	}

	private static String hostOf(String url) {
		try {
			var host = java.net.URI.create(url).getHost();
			return host == null ? "" : host.toLowerCase(java.util.Locale.ROOT);
		} catch (IllegalArgumentException e) {
			return "";
		}
	}
}
