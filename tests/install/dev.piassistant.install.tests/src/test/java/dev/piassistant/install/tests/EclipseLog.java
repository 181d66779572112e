package dev.piassistant.install.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Entries of an Eclipse .log file ("!ENTRY plugin severity code date", message, stack, sub-entries). */
final class EclipseLog {

	private static final String ERROR = "4";

	private EclipseLog() {
	}

	/** Whole entries (with their sub-entries and stack traces) whose own severity is ERROR. */
	static List<String> errors(Path log) throws IOException {
		if (!Files.exists(log)) {
			return List.of();
		}
		var text = Files.readString(log, StandardCharsets.UTF_8);
		return Arrays.stream(text.split("(?m)^(?=!ENTRY )")).filter(entry -> entry.startsWith("!ENTRY "))
				.filter(EclipseLog::isError).toList();
	}

	private static boolean isError(String entry) {
		var header = entry.lines().findFirst().orElse("").split(" ");
		return header.length > 2 && header[2].equals(ERROR);
	}
}
