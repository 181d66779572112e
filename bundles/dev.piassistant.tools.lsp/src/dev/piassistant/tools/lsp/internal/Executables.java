package dev.piassistant.tools.lsp.internal;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds a server's program in the configured folders, then on the PATH. */
final class Executables {

	private Executables() {
	}

	static Optional<Path> find(String program, List<Path> folders) {
		if (program.contains("/") || program.contains(File.separator)) {
			var path = Path.of(program);
			return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
		}
		for (var folder : searched(folders)) {
			for (var name : names(program)) {
				var candidate = folder.resolve(name);
				if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	/** The configured folders, then the PATH's. */
	static List<Path> searched(List<Path> folders) {
		var all = new ArrayList<>(folders);
		var path = System.getenv("PATH");
		if (path != null) {
			for (var entry : path.split(File.pathSeparator)) {
				if (!entry.isBlank()) {
					all.add(Path.of(entry));
				}
			}
		}
		return all;
	}

	private static List<String> names(String program) {
		return System.getProperty("os.name", "").startsWith("Windows") ? List.of(program + ".cmd", program + ".exe", program)
				: List.of(program);
	}
}
