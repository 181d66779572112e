package dev.piassistant.memory.internal.index;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** Finds the files of a root worth indexing, with their size and time of change. */
final class Scanner {

	/** Files larger than this are not read: generated code, data, logs. */
	static final long MAX_BYTES = 1_500_000;

	record Found(String path, FileKind kind, long size, long modified) {
	}

	private Scanner() {
	}

	static List<Found> scan(Path folder, List<String> problems) {
		var found = new ArrayList<Found>();
		if (!Files.isDirectory(folder)) {
			return found;
		}
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					return dir.equals(folder) || FileKind.walks(dir.getFileName().toString()) ? FileVisitResult.CONTINUE
							: FileVisitResult.SKIP_SUBTREE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					var kind = FileKind.of(file.getFileName().toString());
					if (kind != null && attributes.isRegularFile() && attributes.size() <= MAX_BYTES) {
						found.add(new Found(relative(folder, file), kind, attributes.size(), attributes.lastModifiedTime().toMillis()));
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					problems.add(file + ": " + e.getMessage());
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			problems.add(folder + ": " + e.getMessage());
		}
		return found;
	}

	static String relative(Path folder, Path file) {
		return folder.relativize(file).toString().replace('\\', '/');
	}
}
