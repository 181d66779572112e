package dev.piassistant.memory.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.piassistant.core.store.SchemaContribution;

/**
 * The memory's tables. Everything read from a file hangs off its row in {@code memory_files}: deleting the row
 * removes its entities, their relations and chunks in one transaction (the keyword index in memory follows).
 * Relations name both ends by key, so a relation into another file stays valid while that file is indexed again.
 * (Statements end with a semicolon at the end of a line: the trigger's inner one must not.)
 * Vectors are cached by the hash of the text embedded, so unchanged text is never embedded twice.
 */
@Component(service = SchemaContribution.class)
public final class MemorySchema implements SchemaContribution {

	public static final String OWNER = "dev.piassistant.memory";

	private static final String V1 = """
			CREATE TABLE memory_roots (
				id INTEGER PRIMARY KEY,
				name TEXT NOT NULL UNIQUE,
				folder TEXT NOT NULL,
				git_head TEXT
			);
			CREATE TABLE memory_files (
				id INTEGER PRIMARY KEY,
				root INTEGER NOT NULL REFERENCES memory_roots(id) ON DELETE CASCADE,
				path TEXT NOT NULL,
				kind TEXT NOT NULL,
				size INTEGER NOT NULL,
				modified INTEGER NOT NULL,
				hash TEXT NOT NULL,
				UNIQUE (root, path)
			);
			CREATE TABLE memory_entities (
				id INTEGER PRIMARY KEY AUTOINCREMENT,
				kind TEXT NOT NULL,
				key TEXT NOT NULL,
				name TEXT NOT NULL,
				detail TEXT NOT NULL DEFAULT '',
				type_key TEXT,
				root INTEGER REFERENCES memory_roots(id) ON DELETE CASCADE,
				file INTEGER REFERENCES memory_files(id) ON DELETE CASCADE,
				start_line INTEGER NOT NULL DEFAULT 0,
				end_line INTEGER NOT NULL DEFAULT 0,
				at INTEGER
			);
			CREATE INDEX memory_entities_key ON memory_entities (key);
			CREATE INDEX memory_entities_name ON memory_entities (name COLLATE NOCASE);
			CREATE INDEX memory_entities_file ON memory_entities (file);
			CREATE INDEX memory_entities_root ON memory_entities (root);
			CREATE TABLE memory_relations (
				owner INTEGER NOT NULL REFERENCES memory_entities(id) ON DELETE CASCADE,
				source TEXT NOT NULL,
				kind TEXT NOT NULL,
				target TEXT NOT NULL,
				weight INTEGER NOT NULL DEFAULT 1,
				line INTEGER NOT NULL DEFAULT 0
			);
			CREATE INDEX memory_relations_owner ON memory_relations (owner);
			CREATE INDEX memory_relations_source ON memory_relations (source, kind);
			CREATE INDEX memory_relations_target ON memory_relations (target, kind);
			CREATE TABLE memory_chunks (
				id INTEGER PRIMARY KEY AUTOINCREMENT,
				entity INTEGER NOT NULL REFERENCES memory_entities(id) ON DELETE CASCADE,
				title TEXT NOT NULL,
				start_line INTEGER NOT NULL,
				end_line INTEGER NOT NULL,
				section TEXT NOT NULL DEFAULT '',
				text TEXT NOT NULL,
				embed_hash TEXT NOT NULL
			);
			CREATE INDEX memory_chunks_entity ON memory_chunks (entity);
			CREATE INDEX memory_chunks_hash ON memory_chunks (embed_hash);
			CREATE VIRTUAL TABLE memory_fts USING fts5 (title, body, content = '', contentless_delete = 1,
				tokenize = 'porter unicode61 remove_diacritics 2');
			CREATE TRIGGER memory_chunks_unindex AFTER DELETE ON memory_chunks BEGIN DELETE FROM memory_fts WHERE rowid = old.id; END;
			CREATE TABLE memory_vectors (
				hash TEXT NOT NULL,
				model TEXT NOT NULL,
				vector BLOB NOT NULL,
				PRIMARY KEY (hash, model)
			) WITHOUT ROWID;
			CREATE TABLE memory_episodes (
				task TEXT PRIMARY KEY,
				session TEXT NOT NULL,
				ended_at TEXT NOT NULL,
				prompt TEXT NOT NULL,
				summary TEXT NOT NULL,
				outcome TEXT NOT NULL,
				files TEXT NOT NULL,
				rating TEXT NOT NULL DEFAULT 'NONE'
			);
			CREATE TABLE memory_state (
				key TEXT PRIMARY KEY,
				value TEXT NOT NULL
			)""";

	@Override
	public String owner() {
		return OWNER;
	}

	/** Keyword search moved into memory (see {@code KeywordIndex}), built from the chunks at start. */
	private static final String V2 = """
			DROP TRIGGER IF EXISTS memory_chunks_unindex;
			DROP TABLE IF EXISTS memory_fts""";

	@Override
	public List<String> migrations() {
		return List.of(V1, V2);
	}
}
