package dev.piassistant.memory.internal.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes: what tells a changed file or a changed chunk from the one indexed. */
public final class Hashes {

	private Hashes() {
	}

	public static String of(String text) {
		return of(text.getBytes(StandardCharsets.UTF_8));
	}

	public static String of(byte[] bytes) {
		try {
			var digest = MessageDigest.getInstance("SHA-1").digest(bytes);
			return HexFormat.of().formatHex(digest, 0, 12);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-1", e);
		}
	}
}
