package dev.piassistant.memory.internal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import dev.piassistant.core.store.Database;

/**
 * Graph expansion of search hits: what the best hits call or are called by, test or are tested by, extend,
 * override or mention. Containment and plain type use are left out: they would bring in whole classes.
 */
public final class Expansion {

	static final String KINDS = "('CALLS', 'TESTS', 'EXTENDS', 'IMPLEMENTS', 'OVERRIDES', 'MENTIONS', 'DECIDED_IN')";
	/** Neighbours taken per seed, the strongest ties first. */
	static final int PER_SEED = 4;

	private Expansion() {
	}

	/** The neighbours' chunks, seed by seed in the seeds' order. */
	public static List<Ranked> of(Database database, List<Long> seedChunks) {
		if (seedChunks.isEmpty()) {
			return List.of();
		}
		var entities = new LinkedHashSet<Long>();
		database.read(sql -> {
			for (var chunk : seedChunks) {
				var key = sql.queryFirst("SELECT e.key FROM memory_chunks c JOIN memory_entities e ON c.entity = e.id WHERE c.id = ?",
						row -> row.text("key"), chunk);
				if (key.isEmpty()) {
					continue;
				}
				entities.addAll(sql.query("""
						SELECT e.id FROM (
							SELECT target AS other, weight FROM memory_relations WHERE source = ?1 AND kind IN %s
							UNION ALL
							SELECT source AS other, weight FROM memory_relations WHERE target = ?1 AND kind IN %s
						) n JOIN memory_entities e ON e.key = n.other
						GROUP BY e.id ORDER BY sum(n.weight) DESC LIMIT ?2""".formatted(KINDS, KINDS), row -> row.integer("id"),
						key.get(), PER_SEED));
			}
			return null;
		});
		var ranked = new ArrayList<Ranked>();
		for (var chunk : ChunkRows.ofEntities(database, entities)) {
			if (!seedChunks.contains(chunk)) {
				ranked.add(new Ranked(chunk, 0));
			}
		}
		return ranked;
	}
}
