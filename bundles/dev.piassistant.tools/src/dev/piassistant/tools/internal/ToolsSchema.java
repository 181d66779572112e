package dev.piassistant.tools.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.piassistant.core.store.SchemaContribution;

/**
 * The tables of the tools bundle: checkpoints (which files each one kept, by blob id in a git repository) and
 * the audit trail. Components that use them reference this service by {@link #TARGET}, so the store has
 * migrated them before those components start.
 */
@Component(service = SchemaContribution.class, property = "owner=" + ToolsSchema.OWNER)
public final class ToolsSchema implements SchemaContribution {

	public static final String OWNER = "dev.piassistant.tools";
	public static final String TARGET = "(owner=" + OWNER + ")";

	private static final String V1 = """
			CREATE TABLE checkpoints (
				seq INTEGER PRIMARY KEY AUTOINCREMENT,
				id TEXT NOT NULL UNIQUE,
				session TEXT NOT NULL,
				task TEXT NOT NULL,
				step TEXT,
				call TEXT,
				kind TEXT NOT NULL,
				at TEXT NOT NULL,
				label TEXT NOT NULL,
				written INTEGER NOT NULL DEFAULT 0
			);
			CREATE INDEX checkpoints_by_task ON checkpoints (task, seq);
			CREATE INDEX checkpoints_by_session ON checkpoints (session, seq);
			CREATE TABLE checkpoint_files (
				checkpoint TEXT NOT NULL,
				path TEXT NOT NULL,
				repository TEXT NOT NULL,
				entry TEXT NOT NULL,
				before_blob TEXT,
				before_mode INTEGER NOT NULL,
				after_blob TEXT,
				after_mode INTEGER NOT NULL DEFAULT -1,
				PRIMARY KEY (checkpoint, path)
			);
			CREATE TABLE audit_trail (
				seq INTEGER PRIMARY KEY,
				at TEXT NOT NULL,
				session TEXT NOT NULL,
				task TEXT NOT NULL,
				call TEXT NOT NULL,
				tool TEXT NOT NULL,
				kind TEXT NOT NULL,
				decision TEXT NOT NULL,
				decided_by TEXT NOT NULL,
				summary TEXT NOT NULL,
				previous_hash TEXT NOT NULL,
				hash TEXT NOT NULL
			);
			CREATE INDEX audit_trail_by_task ON audit_trail (task, seq);
			""";

	/** The last entry appended to the audit trail, so that a trail cut short shows. */
	private static final String V2 = """
			CREATE TABLE audit_head (
				id INTEGER PRIMARY KEY CHECK (id = 1),
				seq INTEGER NOT NULL,
				hash TEXT NOT NULL
			);
			""";

	@Override
	public String owner() {
		return OWNER;
	}

	@Override
	public List<String> migrations() {
		return List.of(V1, V2);
	}
}
