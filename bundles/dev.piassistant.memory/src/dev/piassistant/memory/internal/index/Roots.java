package dev.piassistant.memory.internal.index;

import java.util.HashMap;
import java.util.Map;

import dev.piassistant.core.memory.EntityKind;
import dev.piassistant.core.memory.IndexRoot;
import dev.piassistant.core.store.Database;
import dev.piassistant.memory.internal.graph.Keys;

/** The roots' rows: each root once, with its project entity, and the files indexed from it. */
final class Roots {

	/** A file as indexed last time. */
	record Indexed(long id, long size, long modified, String hash) {
	}

	private Roots() {
	}

	/** The root's row (made on first use, its folder updated if it moved). */
	static long ensure(Database database, IndexRoot root) {
		return database.write(sql -> {
			var existing = sql.queryFirst("SELECT id, folder FROM memory_roots WHERE name = ?",
					row -> new Object[] { row.integer("id"), row.text("folder") }, root.name());
			var folder = root.folder().toAbsolutePath().normalize().toString();
			if (existing.isPresent()) {
				var id = (long) existing.get()[0];
				if (!folder.equals(existing.get()[1])) {
					sql.update("UPDATE memory_roots SET folder = ? WHERE id = ?", folder, id);
				}
				return id;
			}
			var id = sql.insert("INSERT INTO memory_roots (name, folder) VALUES (?, ?)", root.name(), folder);
			sql.insert("INSERT INTO memory_entities (kind, key, name, root) VALUES (?, ?, ?, ?)", EntityKind.PROJECT.name(),
					Keys.project(root.name()), root.name(), id);
			return id;
		});
	}

	static Map<String, Indexed> files(Database database, long root) {
		return database.read(sql -> {
			var files = new HashMap<String, Indexed>();
			sql.query("SELECT id, path, size, modified, hash FROM memory_files WHERE root = ?", row -> files.put(row.text("path"),
					new Indexed(row.integer("id"), row.integer("size"), row.integer("modified"), row.text("hash"))), root);
			return files;
		});
	}

	/** Package entities for the packages files are in now; those without files go. */
	static void updatePackages(Database database) {
		database.write(sql -> {
			sql.update("""
					INSERT INTO memory_entities (kind, key, name, root)
					SELECT DISTINCT 'PACKAGE', r.source, substr(r.source, instr(r.source, '/') + 1), e.root
					FROM memory_relations r JOIN memory_entities e ON r.owner = e.id
					WHERE r.kind = 'CONTAINS' AND r.source LIKE 'package:%'
					AND NOT EXISTS (SELECT 1 FROM memory_entities p WHERE p.key = r.source AND p.kind = 'PACKAGE')""");
			return sql.update("""
					DELETE FROM memory_entities WHERE kind = 'PACKAGE' AND NOT EXISTS
					(SELECT 1 FROM memory_relations r WHERE r.source = memory_entities.key AND r.kind = 'CONTAINS')""");
		});
	}
}
