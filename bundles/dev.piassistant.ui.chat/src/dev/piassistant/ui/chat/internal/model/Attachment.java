package dev.piassistant.ui.chat.internal.model;

/**
 * Something from the IDE sent along with the user's message: a file, a selection in it, or its problems.
 *
 * @param kind what it is
 * @param path the file's path in the workspace (project first), as the agent's tools take it
 * @param firstLine the first line a selection covers (1-based); 0 for whole files and problems
 * @param lastLine the last line a selection covers; 0 for whole files and problems
 * @param content what is sent: the file's text, the selected text, or the problems one a line
 */
public record Attachment(Kind kind, String path, int firstLine, int lastLine, String content) {

	public enum Kind {
		FILE, SELECTION, PROBLEMS
	}

	/** Files longer than this are sent cut, with a word saying so: the agent can read the rest itself. */
	static final int MAX_FILE_CHARS = 24_000;

	public static Attachment file(String path, String text) {
		return new Attachment(Kind.FILE, path, 0, 0, text);
	}

	public static Attachment selection(String path, int firstLine, int lastLine, String text) {
		return new Attachment(Kind.SELECTION, path, firstLine, lastLine, text);
	}

	public static Attachment problems(String path, String lines) {
		return new Attachment(Kind.PROBLEMS, path, 0, 0, lines);
	}

	/** The file's name without its folders. */
	public String fileName() {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	/** The fence language of the file, from its extension ("" when unknown). */
	public String language() {
		var dot = path.lastIndexOf('.');
		return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
	}

	/** The text as sent (a long file is cut). */
	String sentContent() {
		return kind == Kind.FILE && content.length() > MAX_FILE_CHARS ? content.substring(0, MAX_FILE_CHARS) : content;
	}

	boolean cut() {
		return kind == Kind.FILE && content.length() > MAX_FILE_CHARS;
	}
}
