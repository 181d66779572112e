package dev.piassistant.core.profile;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A project profile that cannot be used, as data for the user interface to word: where, which key, and what
 * is wrong with it.
 *
 * @see Problem
 */
public final class ProfileException extends Exception {

	private static final long serialVersionUID = 1L;

	/** What is wrong. */
	public enum Problem {
		/** The file could not be read; the detail is the system's message. */
		UNREADABLE,
		/** The file is not valid TOML; the detail is the parser's message. */
		SYNTAX,
		/** The key needs a text. */
		NOT_TEXT,
		/** The key needs a whole number of zero or more. */
		NOT_COUNT,
		/** The key needs an amount of zero or more. */
		NOT_AMOUNT,
		/** The key needs a list of texts. */
		NOT_LIST,
		/** The key needs an approval mode (auto, step, review); the detail is the value. */
		NOT_MODE,
		/** The key needs permissions; the detail is the entry that is not one. */
		NOT_PERMISSION
	}

	private final transient Path file;
	private final Problem problem;
	private final String key;
	private final int line;
	private final int column;
	private final String detail;

	public ProfileException(Path file, Problem problem, String key, int line, int column, String detail) {
		super(file + ":" + line + ":" + column + ": " + problem + " " + key + " " + detail);
		this.file = Objects.requireNonNull(file, "file");
		this.problem = Objects.requireNonNull(problem, "problem");
		this.key = Objects.requireNonNull(key, "key");
		this.line = line;
		this.column = column;
		this.detail = Objects.requireNonNull(detail, "detail");
	}

	public Path file() {
		return file;
	}

	public Problem problem() {
		return problem;
	}

	/** The key at fault; empty for problems of the whole file. */
	public String key() {
		return key;
	}

	/** The line, from 1; 0 when unknown. */
	public int line() {
		return line;
	}

	public int column() {
		return column;
	}

	public String detail() {
		return detail;
	}
}
