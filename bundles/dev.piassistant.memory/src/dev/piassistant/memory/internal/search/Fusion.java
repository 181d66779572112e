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
 * by several retrievers rise, and scores of different kinds never need to be compared.
 */
public final class Fusion {

	/** The usual constant: it keeps the first few ranks of one retriever from outweighing everything else. */
	static final int K = 60;

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

	public List<Fused> ranked() {
		var fused = new ArrayList<Fused>();
		scores.forEach((chunk, score) -> fused.add(new Fused(chunk, score[0], signals.get(chunk))));
		fused.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score()) : Long.compare(a.chunk(), b.chunk()));
		return fused;
	}
}
