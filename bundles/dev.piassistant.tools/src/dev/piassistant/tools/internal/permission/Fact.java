package dev.piassistant.tools.internal.permission;

import java.net.URI;
import java.nio.file.Path;

import dev.piassistant.core.tool.Access;
import dev.piassistant.tools.internal.permission.ShellScript.SimpleCommand;

/** One thing a call does, as the engine works it out from the call's accesses. */
sealed interface Fact {

	/** A file read or changed, at its canonical path. */
	record FileUse(Path path, Access.FileOp op) implements Fact {
	}

	/**
	 * A command run, in a folder.
	 *
	 * @param shell whether it comes from a shell command line (else a program the tool runs itself)
	 */
	record CommandRun(SimpleCommand command, Path directory, boolean shell) implements Fact {
	}

	/** Part of a command line that can only be known when it runs. */
	record Opaque(String why) implements Fact {
	}

	/** A request to a host. */
	record Request(URI uri) implements Fact {

		String host() {
			var host = uri.getHost();
			return host == null ? "" : host.toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** Something the command line does as a whole that is never allowed: a download piped into a shell. */
	record Danger(String rule) implements Fact {
	}

	/** An access the engine cannot read (a path that is no path, a URL that is no URL). */
	record Unreadable(String what) implements Fact {
	}
}
