package dev.piassistant.memory.internal.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.memory.Hit;
import dev.piassistant.core.memory.MemoryQuery;
import dev.piassistant.core.store.Database;

/**
 * Hybrid search: keywords (BM25, see {@link KeywordIndex}) and vectors each rank candidates (at the same time), a weighted sum of their scaled scores
 * merges them, and the graph neighbours of the best few break ties and join after the direct hits. Every hit comes
 * with its source.
 */
public final class Retriever implements AutoCloseable {

	/** Candidates each retriever ranks, per hit asked for, and at least. */
	static final int DEPTH_PER_HIT = 5;
	static final int MIN_DEPTH = 50;
	/**
	 * How much keywords count against meaning in the fused score (see {@link Fusion}). Keywords weigh more: names
	 * and the words of identifiers match code exactly, while the small embedding model only comes close.
	 */
	static final double KEYWORDS_WEIGHT = 0.7;
	/** Hits whose neighbours are brought in. */
	static final int SEEDS = 5;

	private final Database database;
	private final Supplier<KeywordIndex> keywordIndex;
	private final Supplier<@Nullable Semantic> semantic;
	/** Keyword search runs here while the calling thread embeds the query and scans the vectors. */
	private final ExecutorService keywords = Executors.newCachedThreadPool(runnable -> {
		var thread = new Thread(runnable, "Pi Assistant memory: keyword search");
		thread.setDaemon(true);
		return thread;
	});

	public Retriever(Database database, Supplier<KeywordIndex> keywordIndex, Supplier<@Nullable Semantic> semantic) {
		this.database = database;
		this.keywordIndex = keywordIndex;
		this.semantic = semantic;
	}

	public List<Hit> search(MemoryQuery query) {
		var terms = QueryTerms.of(query.text());
		var depth = Math.max(MIN_DEPTH, query.limit() * DEPTH_PER_HIT) * (query.kinds().isEmpty() ? 1 : 3);
		var meaning = semantic.get();
		var byMeaning = query.signals().contains(Hit.Signal.MEANING) && meaning != null && meaning.vectors().size() > 0
				&& !query.text().isBlank();
		var byKeywords = query.signals().contains(Hit.Signal.KEYWORDS);
		// Both at once: keyword search on its thread, the query's embedding and the vector scan on this one.
		Future<List<Ranked>> keywordHits = byKeywords && byMeaning ? keywords.submit(() -> keywordIndex.get().search(terms, depth))
				: CompletableFuture.completedFuture(byKeywords ? keywordIndex.get().search(terms, depth) : List.of());
		var meaningHits = byMeaning ? meaning.vectors().search(meaning.embed(query.text()), depth) : List.<Ranked>of();
		var fusion = new Fusion();
		fusion.add(join(keywordHits), Hit.Signal.KEYWORDS, KEYWORDS_WEIGHT);
		fusion.add(meaningHits, Hit.Signal.MEANING, 1 - KEYWORDS_WEIGHT);
		if (query.signals().contains(Hit.Signal.GRAPH) && !fusion.isEmpty()) {
			var seeds = fusion.ranked().stream().limit(SEEDS).map(Fusion.Fused::chunk).toList();
			fusion.addNeighbours(Expansion.of(database, seeds));
		}
		return hits(fusion.ranked(), query, terms);
	}

	private static List<Ranked> join(Future<List<Ranked>> hits) {
		try {
			return hits.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("The search was interrupted", e);
		} catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
		}
	}

	@Override
	public void close() {
		keywords.shutdownNow();
	}

	private List<Hit> hits(List<Fusion.Fused> fused, MemoryQuery query, List<String> terms) {
		var wanted = fused.stream().limit((long) query.limit() * (query.kinds().isEmpty() ? 2 : 4)).map(Fusion.Fused::chunk).toList();
		var rows = ChunkRows.load(database, wanted);
		var hits = new ArrayList<Hit>();
		for (var each : fused) {
			var row = rows.get(each.chunk());
			if (row == null || (!query.kinds().isEmpty() && !query.kinds().contains(row.entity().kind()))) {
				continue;
			}
			hits.add(new Hit(row.entity(), row.title(), Snippets.of(row.text(), terms), row.source(), each.score(),
					EnumSet.copyOf(each.signals())));
			if (hits.size() >= query.limit()) {
				break;
			}
		}
		return hits;
	}
}
