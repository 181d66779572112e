package dev.piassistant.memory.internal.index;

import java.util.ArrayList;

import dev.piassistant.core.store.Sql;
import dev.piassistant.memory.internal.graph.FileContent;

/**
 * Writes what was read from a file, replacing what was there: the old row goes (and with it, by cascade and
 * trigger, its entities, relations, chunks and full-text rows), the new rows come. Run inside a write
 * transaction: a file is either all old or all new.
 */
final class ContentWriter {

	/** A file as its row records it. */
	record FileRow(long root, String path, FileKind kind, long size, long modified, String hash) {
	}

	private ContentWriter() {
	}

	/** Removes a file and all that came from it. */
	static void remove(Sql sql, long root, String path, ChunkChanges changes) {
		changes.removed.addAll(sql.query("""
				SELECT c.id FROM memory_chunks c JOIN memory_entities e ON c.entity = e.id
				JOIN memory_files f ON e.file = f.id WHERE f.root = ? AND f.path = ?""", row -> row.integer("id"), root, path));
		sql.update("DELETE FROM memory_files WHERE root = ? AND path = ?", root, path);
	}

	static void write(Sql sql, FileRow file, FileContent content, ChunkChanges changes) {
		remove(sql, file.root(), file.path(), changes);
		var fileId = sql.insert("INSERT INTO memory_files (root, path, kind, size, modified, hash) VALUES (?, ?, ?, ?, ?, ?)",
				file.root(), file.path(), file.kind().name(), file.size(), file.modified(), file.hash());
		var ids = new ArrayList<Long>(content.entities.size());
		for (var entity : content.entities) {
			ids.add(sql.insert("""
					INSERT INTO memory_entities (kind, key, name, detail, type_key, root, file, start_line, end_line)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", entity.kind().name(), entity.key(), entity.name(), entity.detail(),
					entity.typeKey(), file.root(), fileId, entity.startLine(), entity.endLine()));
		}
		for (var relation : content.relations) {
			sql.update("INSERT INTO memory_relations (owner, source, kind, target, weight, line) VALUES (?, ?, ?, ?, ?, ?)",
					ids.get(relation.owner()), relation.source(), relation.kind().name(), relation.target(), relation.weight(),
					relation.line());
		}
		var hashes = content.embedHashes();
		var terms = content.terms();
		for (int i = 0; i < content.chunks.size(); i++) {
			var chunk = content.chunks.get(i);
			var id = sql.insert("""
					INSERT INTO memory_chunks (entity, title, start_line, end_line, section, text, embed_hash)
					VALUES (?, ?, ?, ?, ?, ?, ?)""", ids.get(chunk.entity()), chunk.title(), chunk.startLine(), chunk.endLine(),
					chunk.section(), chunk.text(), hashes.get(i));
			changes.added.add(id);
			changes.terms.put(id, terms.get(i));
		}
	}

	/** Records a file's new time of change when its content did not change. */
	static void touch(Sql sql, long root, String path, long modified) {
		sql.update("UPDATE memory_files SET modified = ? WHERE root = ? AND path = ?", modified, root, path);
	}
}
