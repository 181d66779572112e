package dev.piassistant.store.internal;

import java.util.List;

import dev.piassistant.core.store.SchemaContribution;

/** The store's own tables: the event log and its session index. */
final class EventLogSchema implements SchemaContribution {

	static final String OWNER = "dev.piassistant.store";

	private static final String V1 = """
			CREATE TABLE events (
				seq INTEGER PRIMARY KEY AUTOINCREMENT,
				session TEXT NOT NULL,
				at TEXT NOT NULL,
				type TEXT NOT NULL,
				payload TEXT NOT NULL
			);
			CREATE INDEX events_by_session ON events (session, seq);
			CREATE TABLE sessions (
				id TEXT NOT NULL PRIMARY KEY,
				title TEXT NOT NULL,
				started TEXT NOT NULL,
				last_activity TEXT NOT NULL,
				last_event INTEGER NOT NULL,
				event_count INTEGER NOT NULL
			);
			CREATE INDEX sessions_by_last_event ON sessions (last_event);
			CREATE TRIGGER events_are_never_updated BEFORE UPDATE ON events
			BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
			CREATE TRIGGER events_are_never_deleted BEFORE DELETE ON events
			BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
			""";

	/** Deleted sessions are hidden from the list; their events stay. */
	private static final String V2 = """
			ALTER TABLE sessions ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
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
