package dev.piassistant.ui.internal.mcp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import dev.piassistant.core.PiHome;

/**
 * The bearer token other agents present to the IDE's MCP server: random, made once, kept in a file of the Pi home
 * only its owner can read, so it survives restarts and other agents' configurations keep working.
 */
public final class ServingToken {

	static final String FILE = "mcp-server-token";

	private ServingToken() {
	}

	public static Path file() {
		return PiHome.directory().resolve(FILE);
	}

	/** The token, made now if there is none yet. */
	public static synchronized String get() throws IOException {
		var file = file();
		if (Files.isRegularFile(file)) {
			var stored = Files.readString(file, StandardCharsets.UTF_8).trim();
			if (!stored.isEmpty()) {
				return stored;
			}
		}
		var bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		write(file, token);
		return token;
	}

	private static void write(Path file, String token) throws IOException {
		Files.createDirectories(file.getParent());
		var partial = file.resolveSibling(FILE + ".new");
		Files.deleteIfExists(partial);
		if (partial.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		} else {
			Files.createFile(partial);
		}
		Files.writeString(partial, token, StandardCharsets.UTF_8);
		Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	/** What another agent puts in its {@code .mcp.json} to reach the IDE. */
	public static String snippet(String url, String token) {
		return """
				{
				  "mcpServers": {
				    "pi-ide": {
				      "type": "http",
				      "url": "%s",
				      "headers": { "Authorization": "Bearer %s" }
				    }
				  }
				}
				""".formatted(url, token);
	}
}
