package dev.piassistant.memory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.piassistant.core.memory.Hit;
import dev.piassistant.core.memory.IndexMonitor;
import dev.piassistant.core.memory.MemoryQuery;
import dev.piassistant.memory.internal.MemoryComponent;
import dev.piassistant.memory.internal.index.IndexOptions;

/**
 * The memory over a real codebase, JGit's sources from Maven Central: files read per second (parsing and the graph,
 * embedding apart), the database's size, hybrid query latency, and retrieval quality with the first sentence of a
 * method's Javadoc as the query and that method as the target (its Javadoc left out of its chunk): MRR@10 and
 * recall@10 of keywords alone, vectors alone and hybrid, in the same run. Tiny with the tests, in full with
 * {@code ./pi bench}; figures printed and written to {@code target/bench/memory.txt}. Asserts only that it ran.
 */
class MemoryBenchmark {

	private static final boolean FULL = "full".equals(System.getProperty("pi.bench"));
	private static final int FILES = FULL ? Integer.MAX_VALUE : 12;
	private static final int QUERIES = FULL ? 400 : 8;
	private static final int LATENCY_ROUNDS = FULL ? 3 : 1;

	@RegisterExtension
	final MemoryFixture fixture = new MemoryFixture();

	@AfterEach
	void defaults() {
		component().indexing().options(IndexOptions.DEFAULT);
	}

	@Test
	void indexingSpeedQueryLatencyAndRetrievalQualityOnJGit() throws Exception {
		var files = extract();
		var questions = JavadocQuestions.of(fixture.folder, files, QUERIES);
		component().indexing().options(new IndexOptions(false, false, 0));
		var started = System.nanoTime();
		var report = fixture.index.index(List.of(fixture.root), IndexMonitor.NONE);
		var wall = (System.nanoTime() - started) / 1e9;
		assertEquals(files.size(), report.files(), report.problems().toString());

		var keywords = Quality.of(fixture.memory, questions, Hit.Signal.KEYWORDS);
		var meaning = Quality.of(fixture.memory, questions, Hit.Signal.MEANING);
		var hybrid = Quality.of(fixture.memory, questions, Hit.Signal.KEYWORDS, Hit.Signal.MEANING, Hit.Signal.GRAPH);
		var latencies = new ArrayList<Double>();
		for (int round = 0; round < LATENCY_ROUNDS; round++) {
			for (var question : questions) {
				var start = System.nanoTime();
				fixture.memory.search(MemoryQuery.of(question.query(), 10));
				latencies.add((System.nanoTime() - start) / 1e6);
			}
		}
		Collections.sort(latencies);
		var parseSeconds = report.took().toNanos() / 1e9;
		var figures = String.format(Locale.ROOT, """
				Memory over JGit's sources (%s run): %d Java files, %d chunks, database %.1f MB
				  reading, parsing and the graph: %.1f s, %.0f files/s; with embedding %d chunks: %.1f s in all
				  hybrid query latency over %d queries: p50 %.1f ms, p95 %.1f ms
				  quality over %d Javadoc questions (MRR@10 / recall@10):
				    keywords (BM25) %.3f / %.3f
				    vectors         %.3f / %.3f
				    hybrid          %.3f / %.3f
				""", FULL ? "full" : "tiny", report.files(), report.chunks(), databaseMegabytes(), parseSeconds, report.parsed() / parseSeconds,
				report.embedded(), wall, latencies.size(), percentile(latencies, 50), percentile(latencies, 95), questions.size(),
				keywords.mrr(), keywords.recall(), meaning.mrr(), meaning.recall(), hybrid.mrr(), hybrid.recall());
		System.out.print(figures);
		var out = Files.createDirectories(Path.of(System.getProperty("pi.bench.out", "target/bench")));
		Files.writeString(out.resolve("memory.txt"), figures);
		assertTrue(!questions.isEmpty() && hybrid.recall() > 0, "the questions found their methods at all: " + figures);
	}

	private MemoryComponent component() {
		return (MemoryComponent) fixture.memory;
	}

	/** The codebase's Java files, sorted, into the fixture's folder; the first {@link #FILES} of them. */
	private List<String> extract() throws Exception {
		var written = new ArrayList<String>();
		try (var jar = new ZipFile(System.getProperty("pi.codebase"))) {
			var names = jar.stream().map(entry -> entry.getName()).filter(name -> name.endsWith(".java")).sorted().limit(FILES).toList();
			for (var name : names) {
				try (var in = jar.getInputStream(jar.getEntry(name))) {
					var file = fixture.folder.resolve(name);
					Files.createDirectories(file.getParent());
					Files.copy(in, file);
					written.add(name);
				}
			}
		}
		return written;
	}

	private static double databaseMegabytes() throws Exception {
		var file = Path.of(Platform.getInstanceLocation().getURL().toURI()).resolve(".metadata/.plugins/dev.piassistant.store/pi-assistant.db");
		return Files.exists(file) ? Files.size(file) / 1e6 : 0;
	}

	private static double percentile(List<Double> sorted, int percent) {
		return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
	}
}
