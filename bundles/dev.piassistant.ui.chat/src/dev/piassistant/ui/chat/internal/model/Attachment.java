package dev.piassistant.ui.chat.internal.model;

/**
 * Something sent along with the user's message: a file, a selection in it, its problems, or a resource an MCP
 * server offers.
 *
 * @param kind what it is
 * @param path the file's path in the workspace (project first), as the agent's tools take it; for a resource,
 *             its server's name, a colon and its URI
 * @param firstLine the first line a selection covers (1-based); 0 for whole files and problems
 * @param lastLine the last line a selection covers; 0 for whole files and problems
 * @param content what is sent: the file's text, the selected text, or the problems one a line
 */
public record Attachment(Kind kind, String path, int firstLine, int lastLine, String content) {

	public enum Kind {
		FILE, SELECTION, PROBLEMS, RESOURCE
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

	/** A resource read from an MCP server. */
	public static Attachment resource(String server, String uri, String text) {
		return new Attachment(Kind.RESOURCE, server + ":" + uri, 0, 0, text);
	}

	/** The MCP server a resource comes from ("" for the IDE's own context). */
	public String server() {
		return kind == Kind.RESOURCE ? path.substring(0, path.indexOf(':')) : "";
	}

	/** A resource's URI (the path for the IDE's own context). */
	public String uri() {
		return kind == Kind.RESOURCE ? path.substring(path.indexOf(':') + 1) : path;
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
