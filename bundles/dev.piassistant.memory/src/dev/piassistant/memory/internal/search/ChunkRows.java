package dev.piassistant.memory.internal.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.piassistant.core.memory.Entity;
import dev.piassistant.core.memory.EntityKind;
import dev.piassistant.core.memory.Source;
import dev.piassistant.core.store.Database;
import dev.piassistant.memory.internal.graph.EntityRows;

/** Chunks by id, with their entity and source, as hits show them. */
public final class ChunkRows {

	/** A chunk and what it belongs to. */
	public record ChunkRow(long chunk, String title, String text, Source source, Entity entity) {
	}

	private ChunkRows() {
	}

	public static Map<Long, ChunkRow> load(Database database, Collection<Long> chunks) {
		var rows = new HashMap<Long, ChunkRow>();
		if (chunks.isEmpty()) {
			return rows;
		}
		var ids = new ArrayList<>(chunks);
		database.read(sql -> {
			for (int from = 0; from < ids.size(); from += 500) {
				var batch = ids.subList(from, Math.min(ids.size(), from + 500));
				var marks = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
				sql.query("SELECT c.id AS c_id, c.title, c.text, c.start_line AS c_start, c.end_line AS c_end, c.section, "
						+ EntityRows.COLUMNS + " FROM memory_chunks c JOIN memory_entities e ON c.entity = e.id " + EntityRows.JOINS
						+ " WHERE c.id IN (" + marks + ")", row -> {
							var entity = EntityRows.entity(row);
							var source = EntityRows.source(row, entity.kind(), entity.key(), (int) row.integer("c_start"),
									(int) row.integer("c_end"), row.text("section")).orElseGet(() -> placeholder(entity));
							rows.put(row.integer("c_id"), new ChunkRow(row.integer("c_id"), row.text("title"), row.text("text"), source, entity));
							return null;
						}, batch.toArray());
			}
			return null;
		});
		return rows;
	}

	/** Where something that is in no file is said to be: a task by its id. */
	static Source placeholder(Entity entity) {
		var label = entity.kind() == EntityKind.TASK ? "task " + entity.key().substring(entity.key().indexOf(':') + 1, Math.min(entity.key().length(), 13))
				: entity.key();
		return new Source(Path.of(""), label, 0, 0, null, "");
	}

	public static List<Long> ofEntities(Database database, Collection<Long> entities) {
		if (entities.isEmpty()) {
			return List.of();
		}
		var marks = String.join(",", java.util.Collections.nCopies(entities.size(), "?"));
		return database.read(sql -> sql.query("SELECT min(id) AS id FROM memory_chunks WHERE entity IN (" + marks
				+ ") GROUP BY entity", row -> row.integer("id"), entities.toArray()));
	}
}
