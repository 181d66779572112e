package dev.piassistant.tools.internal.permission;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A git command line split into its global options, its subcommand and the subcommand's arguments, with what a
 * grant of git must not cover: global options that configure it, subcommands outside the local ones (push,
 * config, aliases...) and arguments that make it run a program.
 */
record GitCommand(List<String> globals, String subcommand, List<String> arguments) {

	/** Subcommands that work on the local repository; "commands:git" covers these only. */
	static final Set<String> LOCAL = Set.of("status", "diff", "log", "show", "blame", "annotate", "branch", "add", "rm", "mv",
			"restore", "reset", "switch", "checkout", "commit", "stash", "tag", "merge", "rebase", "cherry-pick", "revert", "grep",
			"ls-files", "ls-tree", "rev-parse", "rev-list", "describe", "shortlog", "reflog", "cat-file", "diff-tree", "diff-files",
			"diff-index", "show-ref", "for-each-ref", "whatchanged", "range-diff", "format-patch", "apply", "am", "init", "notes",
			"count-objects", "name-rev", "merge-base", "check-ignore", "check-attr", "version", "help", "show-branch", "citool",
			"var", "verify-commit", "verify-tag", "fsck", "gc", "prune", "repack", "stripspace", "interpret-trailers", "mailinfo",
			"mailsplit", "bundle", "archive", "sparse-checkout");

	/** Global options that change nothing about what git may run. */
	private static final Set<String> HARMLESS_GLOBALS = Set.of("--no-pager", "-P", "--no-optional-locks", "--literal-pathspecs",
			"--glob-pathspecs", "--noglob-pathspecs", "--icase-pathspecs", "--no-replace-objects", "--paginate", "-p");

	/** Options that make a subcommand run a program, write outside, or reach another machine. */
	private static final List<String> ESCAPES = List.of("--upload-pack", "--receive-pack", "--exec", "--ext-diff", "--output",
			"--open-files-in-pager", "--config", "--template", "--remote", "--server-option", "--run", "--cmd", "--tool",
			"--extcmd", "--interactive", "--edit-todo");

	/** Configuration keys whose values are programs git runs: setting them is running code. */
	private static final List<String> PROGRAM_KEYS = List.of("alias.", "core.sshcommand", "core.pager", "core.editor",
			"core.hookspath", "core.fsmonitor", "core.askpass", "core.gitproxy", "core.worktree", "diff.external", "credential.",
			"sequence.editor", "gpg.", "uploadpack.", "receivepack.", "filter.", "merge.", "diff.", "pager.", "include.",
			"includeif.", "remote.", "url.", "http.", "ssh.", "protocol.", "submodule.", "init.templatedir", "web.browser",
			"browser.", "man.", "instaweb.", "sendemail.", "imap.", "difftool.", "mergetool.", "log.showsignature", "commit.gpgsign");

	static Optional<GitCommand> of(List<String> words) {
		if (words.isEmpty() || !Programs.name(words.get(0)).equals("git")) {
			return Optional.empty();
		}
		var i = 1;
		while (i < words.size() && words.get(i).startsWith("-")) {
			var option = words.get(i);
			i += (option.equals("-c") || option.equals("-C") || option.equals("--git-dir") || option.equals("--work-tree")
					|| option.equals("--namespace") || option.equals("--config-env") || option.equals("--exec-path")) ? 2 : 1;
		}
		var globals = words.subList(1, Math.min(i, words.size()));
		if (i >= words.size()) {
			return Optional.of(new GitCommand(globals, "", List.of()));
		}
		return Optional.of(new GitCommand(globals, words.get(i), words.subList(i + 1, words.size())));
	}

	/** Whether every global option is harmless: -c, -C, --git-dir, --exec-path... are not. */
	boolean hasHarmlessGlobals() {
		return HARMLESS_GLOBALS.containsAll(globals);
	}

	/** The first argument that runs a program, writes a file or reaches out; empty when none does. */
	Optional<String> escape() {
		for (var argument : arguments) {
			for (var escape : ESCAPES) {
				if (argument.equals(escape) || argument.startsWith(escape + "=")) {
					return Optional.of(argument);
				}
			}
			if (subcommand.equals("rebase") && (argument.equals("-x") || argument.equals("-i"))
					|| subcommand.equals("grep") && argument.startsWith("-O")) {
				return Optional.of(argument);
			}
		}
		return Optional.empty();
	}

	/**
	 * A configuration that makes git run a program: {@code -c alias.x=!sh} among the globals, or
	 * {@code git config core.sshCommand ...}; empty when there is none.
	 */
	Optional<String> programConfiguration() {
		for (int i = 0; i < globals.size(); i++) {
			if ((globals.get(i).equals("-c") || globals.get(i).equals("--config-env")) && i + 1 < globals.size()
					&& isProgramKey(globals.get(i + 1))) {
				return Optional.of(globals.get(i + 1));
			}
			if (globals.get(i).startsWith("--exec-path=") || globals.get(i).equals("--exec-path")) {
				return Optional.of(globals.get(i));
			}
		}
		if (subcommand.equals("config")) {
			var reading = arguments.stream().anyMatch(argument -> argument.equals("--get") || argument.equals("--get-all")
					|| argument.equals("--list") || argument.equals("-l") || argument.equals("--get-regexp") || argument.equals("get")
					|| argument.equals("list"));
			if (!reading) {
				for (var argument : arguments) {
					if (!argument.startsWith("-") && isProgramKey(argument)) {
						return Optional.of(argument);
					}
				}
			}
		}
		return Optional.empty();
	}

	private static boolean isProgramKey(String keyOrAssignment) {
		var key = keyOrAssignment.toLowerCase(Locale.ROOT);
		var equals = key.indexOf('=');
		if (equals >= 0) {
			key = key.substring(0, equals);
		}
		var finalKey = key;
		return PROGRAM_KEYS.stream().anyMatch(prefix -> finalKey.equals(prefix) || prefix.endsWith(".") && finalKey.startsWith(prefix));
	}

	/** Whether the subcommand reaches another machine: push, fetch, pull, clone... */
	boolean isRemote() {
		return Set.of("push", "fetch", "pull", "clone", "ls-remote", "remote", "submodule", "request-pull", "send-email", "svn",
				"p4", "daemon", "instaweb").contains(subcommand);
	}
}
