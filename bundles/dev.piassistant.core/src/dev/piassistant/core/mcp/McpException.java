package dev.piassistant.core.mcp;

/** An MCP server could not do what was asked; the message says why, for the user and the model. */
public final class McpException extends Exception {

	private static final long serialVersionUID = 1L;

	public McpException(String message) {
		super(message);
	}

	public McpException(String message, Throwable cause) {
		super(message, cause);
	}
}
