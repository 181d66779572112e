package dev.piassistant.memory.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.piassistant.memory.internal.Indexing;
import dev.piassistant.memory.internal.java.JavaReader;

/**
 * The peer of the indexing speed: JDT's parser alone over the same files, called as the memory calls it
 * ({@link JavaReader#parse}), on as many threads as the memory reads with, and nothing else (no graph, no chunks,
 * no database). What indexing takes beyond it is the memory's own work.
 */
final class ParserPeer {

	private ParserPeer() {
	}

	/** Seconds to read and parse all the files; fails if any does not parse to a compilation unit. */
	static double parseAll(Path folder, List<String> files) throws Exception {
		var pool = Executors.newFixedThreadPool(Indexing.readingThreads());
		try {
			var started = System.nanoTime();
			var parsed = new ArrayList<Future<Integer>>();
			for (var file : files) {
				parsed.add(pool.submit(() -> JavaReader.parse(Files.readString(folder.resolve(file))).types().size()));
			}
			for (var future : parsed) {
				future.get();
			}
			return (System.nanoTime() - started) / 1e9;
		} finally {
			pool.shutdownNow();
		}
	}
}
