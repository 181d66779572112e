package dev.piassistant.memory.internal.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.memory.Hit;
import dev.piassistant.core.memory.MemoryQuery;
import dev.piassistant.core.store.Database;

/**
 * Hybrid search: BM25 and vectors each rank candidates, reciprocal rank fusion merges them, and the graph
 * neighbours of the best few join at a lower weight. Every hit comes with its source.
 */
public final class Retriever {

	/** Candidates each retriever ranks, per hit asked for, and at least. */
	static final int DEPTH_PER_HIT = 5;
	static final int MIN_DEPTH = 50;
	/** Hits whose neighbours are brought in. */
	static final int SEEDS = 5;
	/** How much a graph neighbour counts next to a direct hit: enough to follow, not to lead. */
	static final double GRAPH_WEIGHT = 0.3;

	private final Database database;
	private final Supplier<@Nullable Semantic> semantic;

	public Retriever(Database database, Supplier<@Nullable Semantic> semantic) {
		this.database = database;
		this.semantic = semantic;
	}

	public List<Hit> search(MemoryQuery query) {
		var terms = QueryTerms.of(query.text());
		var depth = Math.max(MIN_DEPTH, query.limit() * DEPTH_PER_HIT) * (query.kinds().isEmpty() ? 1 : 3);
		var fusion = new Fusion();
		if (query.signals().contains(Hit.Signal.KEYWORDS)) {
			fusion.add(Bm25.search(database, terms, depth), Hit.Signal.KEYWORDS, 1);
		}
		var meaning = semantic.get();
		if (query.signals().contains(Hit.Signal.MEANING) && meaning != null && meaning.vectors().size() > 0
				&& !query.text().isBlank()) {
			fusion.add(meaning.vectors().search(meaning.embed(query.text()), depth), Hit.Signal.MEANING, 1);
		}
		var direct = fusion.ranked();
		if (query.signals().contains(Hit.Signal.GRAPH) && !direct.isEmpty()) {
			var seeds = direct.stream().limit(SEEDS).map(Fusion.Fused::chunk).toList();
			fusion.add(Expansion.of(database, seeds), Hit.Signal.GRAPH, GRAPH_WEIGHT);
		}
		return hits(fusion.ranked(), query, terms);
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
