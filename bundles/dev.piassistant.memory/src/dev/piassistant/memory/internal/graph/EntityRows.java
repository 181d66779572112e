package dev.piassistant.memory.internal.graph;

import java.nio.file.Path;
import java.util.Optional;

import dev.piassistant.core.memory.Entity;
import dev.piassistant.core.memory.EntityKind;
import dev.piassistant.core.memory.Source;
import dev.piassistant.core.store.Row;

/**
 * Entities as queries read them. A query selects {@link #COLUMNS} from {@code memory_entities e} joined with
 * {@link #JOINS}, so that every entity comes with where it is.
 */
public final class EntityRows {

	public static final String COLUMNS = "e.id AS e_id, e.kind AS e_kind, e.key AS e_key, e.name AS e_name, "
			+ "e.detail AS e_detail, e.start_line AS e_start, e.end_line AS e_end, f.path AS f_path, r.name AS r_name, "
			+ "r.folder AS r_folder";
	public static final String JOINS = "LEFT JOIN memory_files f ON e.file = f.id "
			+ "LEFT JOIN memory_roots r ON r.id = coalesce(f.root, e.root)";

	private EntityRows() {
	}

	public static Entity entity(Row row) {
		var kind = EntityKind.valueOf(row.text("e_kind"));
		var key = row.text("e_key");
		return new Entity(row.integer("e_id"), kind, key, row.text("e_name"), row.text("e_detail"),
				source(row, kind, key, (int) row.integer("e_start"), (int) row.integer("e_end"), ""));
	}

	/** Where an entity (or a chunk of it, with its own lines and section) is, if anywhere. */
	public static Optional<Source> source(Row row, EntityKind kind, String key, int start, int end, String section) {
		var folder = row.text("r_folder");
		var path = row.text("f_path");
		if (folder != null && path != null) {
			return Optional.of(new Source(Path.of(folder, path), row.text("r_name") + "/" + path, start, end, null, section));
		}
		if (kind == EntityKind.COMMIT && folder != null) {
			var sha = key.substring(key.indexOf(':') + 1);
			return Optional.of(new Source(Path.of(folder), row.text("r_name") + "@" + sha.substring(0, Math.min(7, sha.length())),
					0, 0, sha, ""));
		}
		return Optional.empty();
	}
}
