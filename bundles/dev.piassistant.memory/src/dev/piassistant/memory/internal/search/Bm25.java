package dev.piassistant.memory.internal.search;

import java.util.List;

import dev.piassistant.core.store.Database;

/** Full-text search with SQLite's FTS5, ranked by BM25 with titles weighing more than bodies. */
public final class Bm25 {

	static final double TITLE_WEIGHT = 4.0;

	private Bm25() {
	}

	public static List<Ranked> search(Database database, List<String> terms, int limit) {
		if (terms.isEmpty()) {
			return List.of();
		}
		var match = QueryTerms.match(terms);
		return database.read(sql -> sql.query("SELECT rowid, bm25(memory_fts, " + TITLE_WEIGHT
				+ ", 1.0) AS score FROM memory_fts WHERE memory_fts MATCH ? ORDER BY score LIMIT ?",
				row -> new Ranked(row.integer("rowid"), -row.real("score")), match, limit));
	}
}
