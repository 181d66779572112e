package dev.piassistant.memory.internal.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.piassistant.core.memory.Hit;

/**
 * Fuses rankings by a weighted sum of their scores, each ranking's scores first scaled to 0..1 between its last and
 * its first candidate (min-max), so that BM25 and cosine similarity can be added: a hit that one retriever ranks
 * far above the rest keeps that lead, where reciprocal ranks would flatten it. A chunk a retriever did not return
 * gets nothing from it. Graph neighbours of the best hits never outrank a direct hit: a neighbour that was also
 * found directly only wins ties, one that was not joins after all direct hits.
 */
public final class Fusion {

	/** What being a neighbour adds to a direct hit: far below any real difference, so it only breaks ties. */
	static final double TIE_BREAK = 1e-9;
	/** How far apart neighbours that were not found directly are placed, below the last direct hit. */
	static final double NEIGHBOUR_STEP = 1e-3;

	/** A fused chunk: its score and which retrievers found it. */
	public record Fused(long chunk, double score, Set<Hit.Signal> signals) {
	}

	private final Map<Long, double[]> scores = new HashMap<>();
	private final Map<Long, Set<Hit.Signal>> signals = new HashMap<>();

	/** Adds a ranking, best first, its scores scaled to 0..1 and weighed. */
	public Fusion add(List<Ranked> ranking, Hit.Signal signal, double weight) {
		if (ranking.isEmpty()) {
			return this;
		}
		var high = ranking.stream().mapToDouble(Ranked::score).max().orElse(0);
		var low = ranking.stream().mapToDouble(Ranked::score).min().orElse(0);
		for (var ranked : ranking) {
			var scaled = high > low ? (ranked.score() - low) / (high - low) : 1.0;
			scores.computeIfAbsent(ranked.chunk(), c -> new double[1])[0] += weight * scaled;
			signals.computeIfAbsent(ranked.chunk(), c -> EnumSet.noneOf(Hit.Signal.class)).add(signal);
		}
		return this;
	}

	/** Adds graph neighbours, the closest first: as tie-breakers among direct hits, else after all of them. */
	public Fusion addNeighbours(List<Ranked> neighbours) {
		var lowest = scores.values().stream().mapToDouble(score -> score[0]).min().orElse(0.0);
		for (int rank = 0; rank < neighbours.size(); rank++) {
			var chunk = neighbours.get(rank).chunk();
			var score = scores.get(chunk);
			if (score != null) {
				score[0] += TIE_BREAK / (rank + 1);
			} else {
				scores.put(chunk, new double[] { lowest - (rank + 1) * NEIGHBOUR_STEP });
			}
			signals.computeIfAbsent(chunk, c -> EnumSet.noneOf(Hit.Signal.class)).add(Hit.Signal.GRAPH);
		}
		return this;
	}

	public boolean isEmpty() {
		return scores.isEmpty();
	}

	public List<Fused> ranked() {
		var fused = new ArrayList<Fused>();
		scores.forEach((chunk, score) -> fused.add(new Fused(chunk, score[0], signals.get(chunk))));
		fused.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score()) : Long.compare(a.chunk(), b.chunk()));
		return fused;
	}
}
