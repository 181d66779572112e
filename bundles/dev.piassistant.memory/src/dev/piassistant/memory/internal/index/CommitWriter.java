package dev.piassistant.memory.internal.index;

import java.time.Instant;

import dev.piassistant.core.memory.EntityKind;
import dev.piassistant.core.memory.RelationKind;
import dev.piassistant.core.store.Sql;
import dev.piassistant.memory.internal.graph.Keys;
import dev.piassistant.memory.internal.text.EmbedText;
import dev.piassistant.memory.internal.text.Hashes;

/** Writes a commit: its entity and chunk, its author, the files it changed and which of them changed together. */
final class CommitWriter {

	/** Files changed together count as related only in commits this small. */
	static final int MAX_CO_CHANGE = 15;

	private CommitWriter() {
	}

	static void write(Sql sql, long root, String rootName, CommitReader.Read read, ChunkChanges changes) {
		var commit = read.commit();
		var key = Keys.commit(commit.name());
		changes.removed.addAll(sql.query("""
				SELECT c.id FROM memory_chunks c JOIN memory_entities e ON c.entity = e.id
				WHERE e.root = ? AND e.key = ?""", row -> row.integer("id"), root, key));
		sql.update("DELETE FROM memory_entities WHERE root = ? AND key = ?", root, key);
		var author = commit.getAuthorIdent();
		var when = Instant.ofEpochSecond(commit.getCommitTime());
		var detail = commit.abbreviate(7).name() + " \u00b7 " + author.getName() + " <" + author.getEmailAddress() + "> \u00b7 "
				+ when;
		var id = sql.insert("INSERT INTO memory_entities (kind, key, name, detail, root, at) VALUES (?, ?, ?, ?, ?, ?)",
				EntityKind.COMMIT.name(), key, commit.getShortMessage(), detail, root, (long) commit.getCommitTime());
		var authorKey = Keys.author(author.getEmailAddress());
		sql.update("""
				INSERT INTO memory_entities (kind, key, name, detail, root) SELECT ?, ?, ?, ?, ?
				WHERE NOT EXISTS (SELECT 1 FROM memory_entities WHERE root = ? AND key = ?)""", EntityKind.AUTHOR.name(),
				authorKey, author.getName(), author.getEmailAddress(), root, root, authorKey);
		relate(sql, id, key, RelationKind.AUTHORED_BY, authorKey);
		var files = read.paths().stream().map(path -> Keys.file(rootName, path)).toList();
		files.forEach(file -> relate(sql, id, file, RelationKind.MODIFIED_IN, key));
		if (files.size() > 1 && files.size() <= MAX_CO_CHANGE) {
			for (var one : files) {
				for (var other : files) {
					if (!one.equals(other)) {
						relate(sql, id, one, RelationKind.RELATED_TO, other);
					}
				}
			}
		}
		var text = commit.getFullMessage().strip() + "\n\n" + detail + (read.paths().isEmpty() ? ""
				: "\nChanged: " + String.join(", ", read.paths().subList(0, Math.min(40, read.paths().size()))));
		var title = "commit " + commit.abbreviate(7).name() + ": " + commit.getShortMessage();
		var chunk = sql.insert("""
				INSERT INTO memory_chunks (entity, title, start_line, end_line, text, embed_hash) VALUES (?, ?, 0, 0, ?, ?)""",
				id, title, text, Hashes.of(EmbedText.of(title, text)));
		changes.added.add(chunk);
	}

	private static void relate(Sql sql, long owner, String source, RelationKind kind, String target) {
		sql.update("INSERT INTO memory_relations (owner, source, kind, target) VALUES (?, ?, ?, ?)", owner, source,
				kind.name(), target);
	}
}
