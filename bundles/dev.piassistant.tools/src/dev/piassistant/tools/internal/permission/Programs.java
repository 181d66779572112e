package dev.piassistant.tools.internal.permission;

import java.util.List;
import java.util.Set;

/** What the engine knows about programs: which download, which run code, which wrap other commands. */
final class Programs {

	static final Set<String> DOWNLOADERS = Set.of("curl", "wget", "fetch", "aria2c", "http", "https", "lwp-download", "lynx",
			"links", "nc", "ncat", "socat", "ftp", "tftp", "scp", "rsync");

	/** Programs that run the code they are given, from their input or an argument. */
	static final Set<String> INTERPRETERS = Set.of("sh", "bash", "zsh", "dash", "ksh", "mksh", "csh", "tcsh", "fish", "ash", "busybox",
			"python", "python2", "python3", "perl", "ruby", "node", "nodejs", "deno", "bun", "php", "lua", "tclsh", "wish",
			"pwsh", "powershell", "osascript", "eval", "source", ".", "jshell", "groovy", "awk", "gawk", "mawk");

	static final Set<String> SHELLS = Set.of("sh", "bash", "zsh", "dash", "ksh", "mksh", "csh", "tcsh", "fish", "ash");

	static final Set<String> PRIVILEGED = Set.of("sudo", "su", "doas", "pkexec", "runuser", "chroot");

	/** Programs that harm the machine whatever their arguments. */
	static final Set<String> DESTRUCTIVE = Set.of("mkfs", "fdisk", "sfdisk", "parted", "wipefs", "shutdown", "reboot", "halt",
			"poweroff", "init", "telinit", "mkswap", "swapoff", "insmod", "rmmod", "modprobe", "crontab", "at", "visudo", "passwd",
			"chpasswd", "useradd", "userdel", "usermod", "iptables", "nft");

	static final Set<String> DELETERS = Set.of("rm", "rmdir", "unlink", "shred", "srm", "trash", "trash-put");

	/** Commands that run the rest of their arguments as a command. */
	static final Set<String> WRAPPERS = Set.of("env", "nohup", "exec", "time", "nice", "ionice", "timeout", "stdbuf", "xargs",
			"command", "builtin", "watch", "strace", "ltrace", "setsid", "unbuffer", "flock", "chronic", "parallel", "caffeinate");

	/** Variables that make programs load or run other code. */
	static final Set<String> DANGEROUS_VARIABLES = Set.of("LD_PRELOAD", "LD_LIBRARY_PATH", "LD_AUDIT", "BASH_ENV", "ENV",
			"PROMPT_COMMAND", "PATH", "IFS", "SHELLOPTS", "BASHOPTS", "PS4", "GIT_SSH", "GIT_SSH_COMMAND", "GIT_EXEC_PATH",
			"GIT_EXTERNAL_DIFF", "GIT_PAGER", "GIT_EDITOR", "GIT_ASKPASS", "GIT_PROXY_COMMAND", "GIT_CONFIG", "GIT_CONFIG_GLOBAL",
			"GIT_CONFIG_SYSTEM", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT", "GIT_TEMPLATE_DIR", "GIT_DIR", "GIT_WORK_TREE",
			"PAGER", "EDITOR", "VISUAL", "SSH_ASKPASS", "SUDO_ASKPASS", "PYTHONPATH", "PYTHONSTARTUP", "PYTHONHOME", "NODE_OPTIONS",
			"NODE_PATH", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "MAVEN_OPTS", "GRADLE_OPTS", "PERL5OPT",
			"PERL5LIB", "RUBYOPT", "RUBYLIB", "LESSOPEN", "LESSCLOSE", "MANPAGER", "BROWSER", "TERMINAL", "HISTFILE", "HOME",
			"XDG_CONFIG_HOME", "ZDOTDIR", "GCONV_PATH");

	static boolean isDangerousVariable(String name) {
		return DANGEROUS_VARIABLES.contains(name) || name.startsWith("DYLD_") || name.startsWith("LD_")
				|| name.startsWith("GIT_CONFIG_KEY_") || name.startsWith("GIT_CONFIG_VALUE_");
	}

	/** The program's name without its folder: /usr/bin/curl is curl. */
	static String name(String program) {
		var slash = program.lastIndexOf('/');
		return slash < 0 ? program : program.substring(slash + 1);
	}

	static boolean isDestructive(String program) {
		var name = name(program);
		return DESTRUCTIVE.contains(name) || name.startsWith("mkfs.");
	}

	/** The command a wrapper runs: the words after its own options (and, for env, its assignments). */
	static List<String> unwrap(List<String> words) {
		var rest = words;
		for (int depth = 0; depth < 8 && !rest.isEmpty() && WRAPPERS.contains(name(rest.get(0))); depth++) {
			var wrapper = name(rest.get(0));
			var i = 1;
			while (i < rest.size() && (rest.get(i).startsWith("-") || wrapper.equals("env") && rest.get(i).contains("=")
					|| wrapper.equals("timeout") && i == 1 && Character.isDigit(rest.get(i).charAt(0))
					|| wrapper.equals("nice") && rest.get(i - 1).equals("-n"))) {
				i++;
			}
			rest = rest.subList(Math.min(i, rest.size()), rest.size());
		}
		return rest;
	}

	private Programs() {
	}
}
