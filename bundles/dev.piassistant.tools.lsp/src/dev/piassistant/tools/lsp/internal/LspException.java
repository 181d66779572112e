package dev.piassistant.tools.lsp.internal;

/** Something the agent is told in words: a server that is not installed, failed, or did not answer. */
class LspException extends Exception {

	private static final long serialVersionUID = 1L;

	LspException(String message) {
		super(message);
	}
}
