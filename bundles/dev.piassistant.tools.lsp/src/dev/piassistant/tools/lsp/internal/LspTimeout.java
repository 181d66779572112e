package dev.piassistant.tools.lsp.internal;

/** A server that did not answer in time: it is stopped, and started afresh on the next call. */
final class LspTimeout extends LspException {

	private static final long serialVersionUID = 1L;

	LspTimeout(String message) {
		super(message);
	}
}
