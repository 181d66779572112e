package dev.piassistant.memory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipFile;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.piassistant.core.memory.Hit;
import dev.piassistant.core.memory.IndexMonitor;
import dev.piassistant.core.memory.IndexReport;
import dev.piassistant.core.memory.MemoryQuery;
import dev.piassistant.memory.internal.MemoryComponent;
import dev.piassistant.memory.internal.index.IndexOptions;
import dev.piassistant.memory.internal.index.KeywordLoader;

/**
 * The memory over a real codebase, JGit's sources from Maven Central: files read per second (parsing and the graph,
 * embedding apart), the database's size, hybrid query latency, and retrieval quality with the first sentence of a
 * method's Javadoc as the query and that method as the target (its Javadoc left out of its chunk): MRR@10 and
 * recall@10 of keywords alone, vectors alone and hybrid, in the same run. Latency is measured at the codebase's size
 * and again with the index scaled up to {@link #SCALED_CHUNKS} chunks, keywords alone and vectors alone next to hybrid,
 * with the keyword index's memory there. Indexing is
 * timed on the wall clock and in CPU time, since a shared machine's load can stretch the first; then again in the same
 * JVM, with its code compiled, next to JDT's parser alone over the same files (the peer). Tiny with the tests,
 * in full with {@code ./pi bench}; figures printed and written to {@code target/bench/memory.txt}. Asserts only
 * that it ran.
 */
class MemoryBenchmark {

	private static final boolean FULL = "full".equals(System.getProperty("pi.bench"));
	private static final int FILES = Integer.getInteger("pi.bench.files", FULL ? Integer.MAX_VALUE : 12);
	private static final int QUERIES = Integer.getInteger("pi.bench.queries", FULL ? 400 : 8);
	private static final int LATENCY_ROUNDS = FULL ? 3 : 1;
	/** Chunks the index is scaled up to for the latency at scale: copies of the real ones (see {@link ScaleUp}). */
	private static final int SCALED_CHUNKS = Integer.getInteger("pi.bench.chunks", FULL ? 100_000 : 1_000);

	@RegisterExtension
	final MemoryFixture fixture = new MemoryFixture();

	@AfterEach
	void defaults() {
		component().indexing().options(IndexOptions.DEFAULT);
		ScaleUp.clean(fixture.database);
	}

	@Test
	void indexingSpeedQueryLatencyAndRetrievalQualityOnJGit() throws Exception {
		var files = extract();
		var questions = JavadocQuestions.of(fixture.folder, files, QUERIES);
		component().indexing().options(new IndexOptions(false, false, 0));
		// Loaded before the run, as in an IDE that searched already: the run's time includes keeping it in step.
		component().indexing().keywords();
		var cpu = new CpuClock();
		var started = System.nanoTime();
		var report = fixture.index.index(List.of(fixture.root), cpu);
		var wall = (System.nanoTime() - started) / 1e9;
		assertEquals(files.size(), report.files(), report.problems().toString());
		var megabytes = databaseMegabytes();
		var load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		var parserAlone = ParserPeer.parseAll(fixture.folder, files);
		var again = indexAgain();
		assertEquals(report.chunks(), again.chunks(), "the second run indexed the same");

		var keywords = Quality.of(fixture.memory, questions, Hit.Signal.KEYWORDS);
		var meaning = Quality.of(fixture.memory, questions, Hit.Signal.MEANING);
		var fused = Quality.of(fixture.memory, questions, Hit.Signal.KEYWORDS, Hit.Signal.MEANING);
		var hybrid = Quality.of(fixture.memory, questions, Hit.Signal.KEYWORDS, Hit.Signal.MEANING, Hit.Signal.GRAPH);
		var atSize = latencies(questions, report.chunks());
		var semantic = Objects.requireNonNull(component().indexing().semantic());
		var scaled = ScaleUp.to(fixture.database, component().indexing(), semantic.embedder().model(), SCALED_CHUNKS);
		var atScale = latencies(questions, scaled);
		var keywordMemory = keywordIndexMemory();
		var parseSeconds = report.took().toNanos() / 1e9;
		var againSeconds = again.took().toNanos() / 1e9;
		var figures = String.format(Locale.ROOT, """
				Memory over JGit's sources (%s run): %d Java files, %d chunks, database %.1f MB
				  reading, parsing and the graph: %.1f s, %.0f files/s; %.1f s of CPU, %.0f files per CPU second (load average %.1f on %d cores)
				    again in the same JVM, its code compiled by then (as in an IDE whose Java tools ran): %.1f s, %.0f files/s
				    peer, JDT's parser alone over the same files on as many threads, in the same JVM after the first run: %.1f s, %.0f files/s
				  embedding %d chunks: %.1f s (%.1f s in all)
				%s%s%s  quality over %d Javadoc questions (MRR@10 / recall@10):
				    keywords (BM25) %.3f / %.3f
				    vectors         %.3f / %.3f
				    both, no graph  %.3f / %.3f
				    hybrid          %.3f / %.3f
				""", FULL ? "full" : System.getProperty("pi.bench.files", "").isEmpty() ? "tiny" : "sized", report.files(), report.chunks(),
				megabytes, parseSeconds, report.parsed() / parseSeconds, cpu.indexing(), report.parsed() / cpu.indexing(),
				load, Runtime.getRuntime().availableProcessors(), againSeconds, again.parsed() / againSeconds, parserAlone,
				files.size() / parserAlone,
				report.embedded(), wall - parseSeconds, wall, atSize, atScale, keywordMemory, questions.size(), keywords.mrr(), keywords.recall(),
				meaning.mrr(), meaning.recall(), fused.mrr(), fused.recall(), hybrid.mrr(), hybrid.recall());
		System.out.print(figures);
		var out = Files.createDirectories(Path.of(System.getProperty("pi.bench.out", "target/bench")));
		Files.writeString(out.resolve("memory.txt"), figures);
		assertTrue(!questions.isEmpty() && hybrid.recall() > 0, "the questions found their methods at all: " + figures);
		assertTrue(scaled >= SCALED_CHUNKS, "the index was scaled up: " + figures);
	}

	/**
	 * Indexes the codebase a second time from scratch (the root forgotten first), the keyword index loaded before as
	 * in the first run. The vectors are kept by content, so nothing is embedded again.
	 */
	private IndexReport indexAgain() {
		fixture.index.forget(fixture.root.name());
		component().indexing().keywords();
		return fixture.index.index(List.of(fixture.root), IndexMonitor.NONE);
	}

	/** Query latency of hybrid search, keywords alone and vectors alone, in the same rounds, as a line of figures. */
	private String latencies(List<JavadocQuestions> questions, int chunks) {
		var hybrid = new ArrayList<Double>();
		var keywords = new ArrayList<Double>();
		var vectors = new ArrayList<Double>();
		for (int round = 0; round < LATENCY_ROUNDS; round++) {
			for (var question : questions) {
				keywords.add(timed(MemoryQuery.of(question.query(), 10).only(Hit.Signal.KEYWORDS)));
				vectors.add(timed(MemoryQuery.of(question.query(), 10).only(Hit.Signal.MEANING)));
				hybrid.add(timed(MemoryQuery.of(question.query(), 10)));
			}
		}
		Collections.sort(hybrid);
		Collections.sort(keywords);
		Collections.sort(vectors);
		return String.format(Locale.ROOT, "  query latency at %d chunks over %d queries: hybrid p50 %.1f ms, p95 %.1f ms; keywords alone p50 %.1f ms, p95 %.1f ms;"
				+ " vectors alone p50 %.1f ms, p95 %.1f ms%n", chunks, hybrid.size(), percentile(hybrid, 50), percentile(hybrid, 95),
				percentile(keywords, 50), percentile(keywords, 95), percentile(vectors, 50), percentile(vectors, 95));
	}

	/**
	 * The keyword index's memory at scale: as its arrays and maps add up, and as the heap grows while a second copy
	 * loads from the database (after collections; rough), with the time that load takes, as when the IDE starts.
	 */
	private String keywordIndexMemory() {
		var memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		var before = memory.getHeapMemoryUsage().getUsed();
		var started = System.nanoTime();
		var copy = KeywordLoader.load(fixture.database);
		var loadSeconds = (System.nanoTime() - started) / 1e9;
		System.gc();
		var grown = memory.getHeapMemoryUsage().getUsed() - before;
		return String.format(Locale.ROOT, "  keyword index at %d chunks: %.1f MB counted, %.1f MB of heap; loaded from the database in %.1f s%n",
				copy.size(), copy.bytes() / 1e6, grown / 1e6, loadSeconds);
	}

	private double timed(MemoryQuery query) {
		var start = System.nanoTime();
		fixture.memory.search(query);
		return (System.nanoTime() - start) / 1e6;
	}

	/** The process's CPU time spent until the run turned to embedding. */
	private static final class CpuClock implements IndexMonitor {
		private final long start = cpuNanos();
		private long indexed = -1;

		@Override
		public void begin(String phase, int units) {
			if (phase.startsWith("Embedding") && indexed < 0) {
				indexed = cpuNanos();
			}
		}

		double indexing() {
			return ((indexed < 0 ? cpuNanos() : indexed) - start) / 1e9;
		}

		private static long cpuNanos() {
			return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
		}
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
