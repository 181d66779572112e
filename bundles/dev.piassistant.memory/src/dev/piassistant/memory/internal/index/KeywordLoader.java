package dev.piassistant.memory.internal.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.piassistant.core.store.Database;
import dev.piassistant.memory.internal.search.KeywordIndex;

/** Fills the keyword index from the chunks in the database, and keeps it in step with what writes change. */
public final class KeywordLoader {

	private KeywordLoader() {
	}

	public static KeywordIndex load(Database database) {
		var keywords = new KeywordIndex();
		database.read(sql -> sql.query("SELECT id, title, text FROM memory_chunks ORDER BY id", row -> {
			keywords.put(row.integer("id"), row.text("title"), row.text("text"));
			return null;
		}));
		keywords.trim();
		return keywords;
	}

	/**
	 * Takes out removed chunks and puts in added ones: by the terms the writer worked out, or else as the database
	 * has them now (a chunk gone since is left out).
	 */
	public static void apply(Database database, KeywordIndex keywords, ChunkChanges changes) {
		changes.removed.forEach(keywords::remove);
		var added = new ArrayList<Long>();
		for (var chunk : changes.added) {
			var terms = changes.terms.get(chunk);
			if (terms != null) {
				keywords.put(chunk, terms);
			} else {
				added.add(chunk);
			}
		}
		for (int from = 0; from < added.size(); from += 500) {
			List<Long> batch = added.subList(from, Math.min(added.size(), from + 500));
			var marks = String.join(",", Collections.nCopies(batch.size(), "?"));
			database.read(sql -> sql.query("SELECT id, title, text FROM memory_chunks WHERE id IN (" + marks + ")", row -> {
				keywords.put(row.integer("id"), row.text("title"), row.text("text"));
				return null;
			}, batch.toArray()));
		}
	}
}
