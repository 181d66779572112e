package dev.piassistant.memory.internal.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.piassistant.core.store.Database;
import dev.piassistant.core.store.Sql;

/**
 * Graph expansion of search hits: what the best hits call or are called by, test or are tested by, extend,
 * override or mention. Containment and plain type use are left out: they would bring in whole classes. Two queries
 * for all the seeds together (their keys, then their strongest neighbours each), not two per seed.
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
			var keys = new HashMap<Long, String>();
			sql.query("SELECT c.id AS chunk, e.key FROM memory_chunks c JOIN memory_entities e ON c.entity = e.id WHERE c.id IN ("
					+ marks(seedChunks.size()) + ")", row -> keys.put(row.integer("chunk"), row.text("key")), seedChunks.toArray());
			var distinct = new ArrayList<>(new LinkedHashSet<>(keys.values()));
			if (distinct.isEmpty()) {
				return null;
			}
			var neighbours = neighbours(sql, distinct);
			for (var chunk : seedChunks) {
				var key = keys.get(chunk);
				if (key != null) {
					entities.addAll(neighbours.getOrDefault(key, List.of()));
				}
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

	/** Each key's {@link #PER_SEED} neighbours (entity ids) by the summed weight of their ties, strongest first. */
	private static Map<String, List<Long>> neighbours(Sql sql, List<String> keys) {
		var marks = marks(keys.size());
		var arguments = new ArrayList<Object>(keys);
		arguments.addAll(keys);
		arguments.add(PER_SEED);
		var neighbours = new HashMap<String, List<Long>>();
		sql.query("""
				SELECT seed, id FROM (
					SELECT n.seed, e.id, row_number() OVER (PARTITION BY n.seed ORDER BY sum(n.weight) DESC, e.id) AS rank
					FROM (
						SELECT source AS seed, target AS other, weight FROM memory_relations WHERE source IN (%s) AND kind IN %s
						UNION ALL
						SELECT target AS seed, source AS other, weight FROM memory_relations WHERE target IN (%s) AND kind IN %s
					) n JOIN memory_entities e ON e.key = n.other
					GROUP BY n.seed, e.id
				) WHERE rank <= ? ORDER BY seed, rank""".formatted(marks, KINDS, marks, KINDS),
				row -> neighbours.computeIfAbsent(row.text("seed"), key -> new ArrayList<>()).add(row.integer("id")), arguments.toArray());
		return neighbours;
	}

	private static String marks(int count) {
		return String.join(",", Collections.nCopies(count, "?"));
	}
}
