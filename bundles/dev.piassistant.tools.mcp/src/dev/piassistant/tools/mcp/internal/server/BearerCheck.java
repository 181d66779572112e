package dev.piassistant.tools.mcp.internal.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.eclipse.jdt.annotation.Nullable;

/** Whether an {@code Authorization} header carries the serving's token; compared in constant time. */
final class BearerCheck {

	private static final String SCHEME = "Bearer ";

	private final byte[] token;

	BearerCheck(String token) {
		if (token.isBlank()) {
			throw new IllegalArgumentException("An MCP server over HTTP needs a token");
		}
		this.token = token.getBytes(StandardCharsets.UTF_8);
	}

	boolean admits(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			return false;
		}
		var given = authorization.substring(SCHEME.length()).trim().getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(token, given);
	}
}
