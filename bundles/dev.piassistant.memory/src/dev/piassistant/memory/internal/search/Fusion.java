package dev.piassistant.memory.internal.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.piassistant.core.memory.Hit;

/**
 * Reciprocal rank fusion: each retriever adds {@code weight / (K + rank)} for each chunk it ranks, so chunks found
 * by several retrievers rise, and scores of different kinds never need to be compared. Graph neighbours of the
 * best hits never outrank a direct hit: a neighbour that was also found directly only wins ties, one that was not
 * joins after all direct hits.
 */
public final class Fusion {

	/** The usual constant: it keeps the first few ranks of one retriever from outweighing everything else. */
	static final int K = 60;
	/** What being a neighbour adds to a direct hit: far less than one rank of difference, so it only breaks ties. */
	static final double TIE_BREAK = 1e-9;

	/** A fused chunk: its score and which retrievers found it. */
	public record Fused(long chunk, double score, Set<Hit.Signal> signals) {
	}

	private final Map<Long, double[]> scores = new HashMap<>();
	private final Map<Long, Set<Hit.Signal>> signals = new HashMap<>();

	public Fusion add(List<Ranked> ranking, Hit.Signal signal, double weight) {
		for (int rank = 0; rank < ranking.size(); rank++) {
			var chunk = ranking.get(rank).chunk();
			scores.computeIfAbsent(chunk, c -> new double[1])[0] += weight / (K + rank + 1);
			signals.computeIfAbsent(chunk, c -> EnumSet.noneOf(Hit.Signal.class)).add(signal);
		}
		return this;
	}

	/** Adds graph neighbours, the closest first: as tie-breakers among direct hits, else after all of them. */
	public Fusion addNeighbours(List<Ranked> neighbours) {
		var lowest = scores.values().stream().mapToDouble(score -> score[0]).min().orElse(1.0);
		for (int rank = 0; rank < neighbours.size(); rank++) {
			var chunk = neighbours.get(rank).chunk();
			var score = scores.get(chunk);
			if (score != null) {
				score[0] += TIE_BREAK / (rank + 1);
			} else {
				scores.put(chunk, new double[] { lowest * (1 - (rank + 1) / (neighbours.size() + 1.0)) });
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
