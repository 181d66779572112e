package dev.piassistant.memory.tests;

import java.util.ArrayList;
import java.util.Random;

import dev.piassistant.core.store.Database;
import dev.piassistant.memory.internal.Indexing;
import dev.piassistant.memory.internal.index.ChunkChanges;
import dev.piassistant.memory.internal.search.Int8Vectors;

/**
 * A larger index made of a real one, for latency at scale: each chunk copied (same entity, same text, so that the
 * keyword postings grow as they would) with a vector of its own, the original's moved a little by noise, until there
 * are as many chunks as asked. Copies are stored like real chunks (rows, vectors by hash) and the keyword index and
 * the vectors in memory follow them as they follow an index run.
 */
final class ScaleUp {

	/** How far a copy's vector moves: about as far as two near-identical methods are apart. */
	private static final double NOISE = 0.04;
	private static final String MARK = "~copy";

	private record Chunk(long entity, String title, int start, int end, String section, String text, String hash, byte[] vector) {
	}

	private ScaleUp() {
	}

	/** Copies the chunks that have vectors of {@code model} until there are {@code wanted} in all; returns how many. */
	static int to(Database database, Indexing indexing, String model, int wanted) {
		var originals = database.read(sql -> sql.query("""
				SELECT c.entity, c.title, c.start_line, c.end_line, c.section, c.text, c.embed_hash, v.vector
				FROM memory_chunks c JOIN memory_vectors v ON v.hash = c.embed_hash AND v.model = ?""",
				row -> new Chunk(row.integer("entity"), row.text("title"), (int) row.integer("start_line"), (int) row.integer("end_line"),
						row.text("section"), row.text("text"), row.text("embed_hash"), row.blob("vector")), model));
		int total = database.read(sql -> sql.queryFirst("SELECT count(*) AS n FROM memory_chunks", row -> (int) row.integer("n")).orElse(0));
		var random = new Random(42);
		for (int round = 1; total < wanted && !originals.isEmpty(); round++) {
			var batch = new ArrayList<Chunk>();
			for (var chunk : originals) {
				if (total + batch.size() >= wanted) {
					break;
				}
				batch.add(chunk);
			}
			int copy = round;
			var changes = new ChunkChanges();
			database.write(sql -> {
				for (var chunk : batch) {
					var hash = chunk.hash() + MARK + copy;
					var id = sql.insert("""
							INSERT INTO memory_chunks (entity, title, start_line, end_line, section, text, embed_hash)
							VALUES (?, ?, ?, ?, ?, ?, ?)""", chunk.entity(), chunk.title(), chunk.start(), chunk.end(), chunk.section(),
							chunk.text(), hash);
					changes.added.add(id);
					sql.update("INSERT OR IGNORE INTO memory_vectors (hash, model, vector) VALUES (?, ?, ?)", hash, model,
							perturbed(chunk.vector(), random));
				}
				return null;
			});
			indexing.follow(changes);
			total += batch.size();
		}
		return total;
	}

	/** Removes the copies' vectors (their chunks go with the root's files). */
	static void clean(Database database) {
		database.write(sql -> sql.update("DELETE FROM memory_vectors WHERE hash LIKE ?", "%" + MARK + "%"));
	}

	private static byte[] perturbed(byte[] stored, Random random) {
		var vector = Int8Vectors.decode(stored);
		double norm = 0;
		for (int i = 0; i < vector.length; i++) {
			vector[i] += (float) (random.nextGaussian() * NOISE / Math.sqrt(vector.length));
			norm += vector[i] * vector[i];
		}
		var length = (float) Math.sqrt(norm);
		for (int i = 0; i < vector.length; i++) {
			vector[i] /= length;
		}
		return Int8Vectors.encode(vector);
	}
}
