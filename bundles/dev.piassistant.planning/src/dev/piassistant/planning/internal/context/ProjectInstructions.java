package dev.piassistant.planning.internal.context;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The instructions users pin for the agent: {@code AGENTS.md} at the workspace's root and at the root of each
 * project folder directly inside it. They are sent with every call, never summarized away.
 */
public final class ProjectInstructions {

	static final String FILE_NAME = "AGENTS.md";
	/** Characters taken from all files together; instructions longer than this are cut, with a note. */
	static final int MAX_CHARS = 16_000;

	private ProjectInstructions() {
	}

	public static String read(Path workspace) {
		var files = new ArrayList<Path>();
		addIfPresent(workspace.resolve(FILE_NAME), files);
		try (Stream<Path> children = Files.list(workspace)) {
			children.filter(Files::isDirectory).filter(dir -> !dir.getFileName().toString().startsWith(".")).sorted()
					.forEach(dir -> addIfPresent(dir.resolve(FILE_NAME), files));
		} catch (IOException e) {
			// An unreadable workspace folder simply has no instructions.
		}
		return join(workspace, files);
	}

	private static void addIfPresent(Path file, List<Path> files) {
		if (Files.isRegularFile(file)) {
			files.add(file);
		}
	}

	private static String join(Path workspace, List<Path> files) {
		var text = new StringBuilder();
		for (var file : files) {
			try {
				text.append("From ").append(workspace.relativize(file)).append(":\n")
						.append(Files.readString(file, StandardCharsets.UTF_8).strip()).append("\n\n");
			} catch (IOException e) {
				// Skipped: the other files still count.
			}
		}
		if (text.length() > MAX_CHARS) {
			return text.substring(0, MAX_CHARS) + "\n[the rest of the project instructions was cut]";
		}
		return text.toString().strip();
	}
}
