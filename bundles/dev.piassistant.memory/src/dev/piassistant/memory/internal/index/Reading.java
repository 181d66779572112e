package dev.piassistant.memory.internal.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import dev.piassistant.core.memory.IndexMonitor;
import dev.piassistant.memory.internal.java.JavaReader;
import dev.piassistant.memory.internal.java.Resolver;
import dev.piassistant.memory.internal.text.Hashes;

/**
 * Reads files on a few threads: their text and hash, and for Java what the parser finds. A file whose hash did not
 * change is only marked unchanged; one that cannot be read is reported and left as it was indexed.
 */
final class Reading {

	private final ExecutorService threads;
	private final IndexMonitor monitor;
	private final List<String> problems;

	Reading(ExecutorService threads, IndexMonitor monitor, List<String> problems) {
		this.threads = threads;
		this.monitor = monitor;
		this.problems = problems;
	}

	/** Reads them all (in parallel); returns those read, in order. Stops early when cancelled. */
	List<Pending> read(List<Pending> files, Map<String, Roots.Indexed> indexed) throws InterruptedException {
		var futures = new ArrayList<Future<Pending>>();
		for (var file : files) {
			futures.add(threads.submit(() -> monitor.isCancelled() ? null : read(file, indexed.get(key(file)))));
		}
		var read = new ArrayList<Pending>();
		for (var future : futures) {
			try {
				var file = future.get();
				if (file != null && file.hash != null) {
					read.add(file);
					monitor.worked(1, file.root + "/" + file.found.path());
				}
			} catch (ExecutionException e) {
				problems.add(e.getCause().toString());
			}
		}
		return read;
	}

	static String key(Pending file) {
		return file.rootId + "/" + file.found.path();
	}

	private Pending read(Pending file, Roots.Indexed before) {
		try {
			var bytes = Files.readAllBytes(file.file());
			if (looksBinary(bytes)) {
				return file;
			}
			file.hash = Hashes.of(bytes);
			if (before != null && before.hash().equals(file.hash)) {
				file.unchanged = true;
				return file;
			}
			file.text = new String(bytes, StandardCharsets.UTF_8);
			if (file.found.kind() == FileKind.JAVA) {
				file.parsed = new Resolver.Parsed(file.root, file.found.path(), JavaReader.read(file.text));
			}
		} catch (IOException | RuntimeException e) {
			problems.add(file.root + "/" + file.found.path() + ": " + e.getMessage());
			file.hash = null;
		}
		return file;
	}

	private static boolean looksBinary(byte[] bytes) {
		for (int i = 0; i < Math.min(bytes.length, 8_192); i++) {
			if (bytes[i] == 0) {
				return true;
			}
		}
		return false;
	}
}
