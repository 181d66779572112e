package dev.piassistant.core.tool;

import java.util.List;
import java.util.Objects;

/**
 * Something a tool call would do that permissions are about: a file it reads or changes, a command it runs, a
 * host it talks to. A tool says what its calls do through {@link Accesses}; the permission policy decides on
 * these (and on the tool's risk class when it says nothing).
 */
public sealed interface Access {

	/** What is done to a file. */
	enum FileOp {
		READ, WRITE, CREATE, DELETE
	}

	/**
	 * A file or folder read or changed.
	 *
	 * @param path as the model gave it: relative to the workspace, or absolute
	 */
	record File(String path, FileOp op) implements Access {
		public File {
			Objects.requireNonNull(path, "path");
			Objects.requireNonNull(op, "op");
		}
	}

	/**
	 * A shell command line, run by {@code sh -c}. The policy parses it: each command in it is judged.
	 *
	 * @param directory the working directory, as given (empty: the workspace)
	 */
	record Shell(String commandLine, String directory) implements Access {
		public Shell {
			Objects.requireNonNull(commandLine, "commandLine");
			Objects.requireNonNull(directory, "directory");
		}
	}

	/**
	 * A program with its arguments, split already (no shell): a build, or a git operation done in-process that
	 * is judged as the git command it amounts to.
	 */
	record Program(List<String> arguments, String directory) implements Access {
		public Program {
			arguments = List.copyOf(arguments);
			Objects.requireNonNull(directory, "directory");
			if (arguments.isEmpty()) {
				throw new IllegalArgumentException("a program needs at least its name");
			}
		}
	}

	/** A request to another machine. */
	record Http(String method, String url) implements Access {
		public Http {
			Objects.requireNonNull(method, "method");
			Objects.requireNonNull(url, "url");
		}
	}
}
