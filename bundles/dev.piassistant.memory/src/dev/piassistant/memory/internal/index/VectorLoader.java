package dev.piassistant.memory.internal.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.piassistant.core.store.Database;
import dev.piassistant.memory.internal.search.Int8Vectors;
import dev.piassistant.memory.internal.search.VectorIndex;

/** Fills the vectors in memory from the database, and keeps them in step with what index runs change. */
public final class VectorLoader {

	/** Vectors the mean is taken from for the sign bits. */
	static final int SAMPLE = 2_000;

	private VectorLoader() {
	}

	public static VectorIndex load(Database database, String model, int dimensions) {
		var vectors = new VectorIndex(dimensions);
		var sample = database.read(sql -> sql.query("SELECT vector FROM memory_vectors WHERE model = ? LIMIT ?",
				row -> Int8Vectors.decode(row.blob("vector")), model, SAMPLE));
		vectors.center(sample);
		database.read(sql -> sql.query("""
				SELECT c.id, v.vector FROM memory_chunks c JOIN memory_vectors v ON v.hash = c.embed_hash AND v.model = ?""",
				row -> {
					vectors.put(row.integer("id"), row.blob("vector"));
					return null;
				}, model));
		return vectors;
	}

	/** Takes out removed chunks and puts in added ones that already have a vector (from the cache by hash). */
	public static void apply(Database database, String model, VectorIndex vectors, ChunkChanges changes) {
		changes.removed.forEach(vectors::remove);
		var added = new ArrayList<>(changes.added);
		for (int from = 0; from < added.size(); from += 500) {
			List<Long> batch = added.subList(from, Math.min(added.size(), from + 500));
			var marks = String.join(",", Collections.nCopies(batch.size(), "?"));
			var arguments = new ArrayList<Object>(batch);
			arguments.add(0, model);
			database.read(sql -> sql.query("SELECT c.id, v.vector FROM memory_chunks c JOIN memory_vectors v ON v.hash = c.embed_hash "
					+ "AND v.model = ? WHERE c.id IN (" + marks + ")", row -> {
						vectors.put(row.integer("id"), row.blob("vector"));
						return null;
					}, arguments.toArray()));
		}
	}
}
