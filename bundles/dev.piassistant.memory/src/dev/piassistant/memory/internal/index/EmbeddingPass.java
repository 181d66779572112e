package dev.piassistant.memory.internal.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import dev.piassistant.core.memory.Embedder;
import dev.piassistant.core.memory.IndexMonitor;
import dev.piassistant.core.store.Database;
import dev.piassistant.memory.internal.search.Int8Vectors;
import dev.piassistant.memory.internal.search.VectorIndex;
import dev.piassistant.memory.internal.text.EmbedText;

/**
 * Embeds the chunks that have no vector of the installed model yet, {@value #BATCH} texts to a call, each distinct
 * text once (vectors are kept by the hash of what was embedded, so moved or unchanged code is never embedded
 * again). Walks the chunks by id so that a long pass never reads the same rows twice; stops between batches when
 * cancelled, and the next pass goes on where it stopped.
 */
public final class EmbeddingPass {

	static final int BATCH = 32;

	private record Pending(long chunk, String hash, String text) {
	}

	private EmbeddingPass() {
	}

	/** Returns how many chunks got a vector. */
	public static int run(Database database, Embedder embedder, VectorIndex vectors, IndexMonitor monitor) {
		var model = embedder.model();
		var total = database.read(sql -> sql.queryFirst("""
				SELECT count(*) AS n FROM memory_chunks c WHERE NOT EXISTS
				(SELECT 1 FROM memory_vectors v WHERE v.hash = c.embed_hash AND v.model = ?)""", row -> (int) row.integer("n"),
				model).orElse(0));
		if (total == 0) {
			return 0;
		}
		monitor.begin("Embedding for search by meaning", total);
		long after = 0;
		int done = 0;
		while (!monitor.isCancelled()) {
			var from = after;
			var batch = database.read(sql -> sql.query("""
					SELECT c.id, c.embed_hash, c.title, c.text FROM memory_chunks c WHERE c.id > ? AND NOT EXISTS
					(SELECT 1 FROM memory_vectors v WHERE v.hash = c.embed_hash AND v.model = ?) ORDER BY c.id LIMIT ?""",
					row -> new Pending(row.integer("id"), row.text("embed_hash"), EmbedText.of(row.text("title"), row.text("text"))),
					from, model, BATCH));
			if (batch.isEmpty()) {
				break;
			}
			after = batch.get(batch.size() - 1).chunk();
			embed(database, embedder, vectors, batch);
			done += batch.size();
			monitor.worked(batch.size(), batch.get(0).text().substring(0, Math.min(60, batch.get(0).text().length())));
		}
		return done;
	}

	private static void embed(Database database, Embedder embedder, VectorIndex vectors, List<Pending> batch) {
		var texts = new LinkedHashMap<String, String>();
		batch.forEach(pending -> texts.putIfAbsent(pending.hash(), pending.text()));
		var hashes = new ArrayList<>(texts.keySet());
		var embedded = embedder.embed(new ArrayList<>(texts.values()));
		var stored = new LinkedHashMap<String, byte[]>();
		for (int i = 0; i < hashes.size(); i++) {
			stored.put(hashes.get(i), Int8Vectors.encode(embedded.get(i)));
		}
		database.write(sql -> {
			stored.forEach((hash, vector) -> sql.update("INSERT OR IGNORE INTO memory_vectors (hash, model, vector) VALUES (?, ?, ?)",
					hash, embedder.model(), vector));
			return null;
		});
		batch.forEach(pending -> vectors.put(pending.chunk(), stored.get(pending.hash())));
	}
}
