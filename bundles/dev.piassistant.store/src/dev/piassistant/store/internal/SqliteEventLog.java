package dev.piassistant.store.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.EventLog;
import dev.piassistant.core.event.EventLogException;
import dev.piassistant.core.event.SessionDeleted;
import dev.piassistant.core.event.SessionRenamed;
import dev.piassistant.core.event.SessionStarted;
import dev.piassistant.core.event.SessionSummary;
import dev.piassistant.core.event.UserMessageSent;
import dev.piassistant.core.store.Database;
import dev.piassistant.core.store.Sql;
import dev.piassistant.core.store.StoreException;

/**
 * The event log in the workspace database. Each append is its own write transaction; reads run on the
 * readers, so showing a session never waits for the agent's appends. Events are encoded and decoded
 * outside the transactions, to keep them short.
 */
public final class SqliteEventLog implements EventLog {

	private static final System.Logger LOG = System.getLogger(SqliteEventLog.class.getName());
	private static final int TITLE_LENGTH = 80;

	private record StoredEvent(long seq, String type, String payload) {
	}

	private final Database database;
	private final EventCodec codec = new EventCodec();

	public SqliteEventLog(WorkspaceDatabase database) {
		database.migrate(new EventLogSchema());
		this.database = database;
	}

	@Override
	public long append(AgentEvent event) {
		var type = codec.typeOf(event);
		var payload = codec.encode(event);
		try {
			return database.write(sql -> {
				long seq = sql.query("INSERT INTO events (session, at, type, payload) VALUES (?, ?, ?, ?) RETURNING seq",
						row -> row.integer("seq"), event.session().value(), event.at().toString(), type, payload).get(0);
				updateSession(sql, event, seq);
				return seq;
			});
		} catch (StoreException e) {
			throw new EventLogException("Could not record " + type + ": " + e.getMessage(), e);
		}
	}

	/** Sessions are ordered by the position of their latest event: exact, whatever the clocks said. */
	private static void updateSession(Sql sql, AgentEvent event, long seq) {
		// Renaming or deleting a chat is no activity in it: its place in the list stays.
		if (event instanceof SessionRenamed renamed) {
			sql.update("UPDATE sessions SET title = ? WHERE id = ?", shortTitle(renamed.title()), event.session().value());
			return;
		}
		if (event instanceof SessionDeleted) {
			sql.update("UPDATE sessions SET hidden = 1 WHERE id = ?", event.session().value());
			return;
		}
		sql.update("""
				INSERT INTO sessions (id, title, started, last_activity, last_event, event_count) VALUES (?, ?, ?, ?, ?, 1)
				ON CONFLICT(id) DO UPDATE SET
					last_activity = excluded.last_activity,
					last_event = excluded.last_event,
					event_count = sessions.event_count + 1,
					title = CASE WHEN sessions.title = '' THEN excluded.title ELSE sessions.title END""",
				event.session().value(), titleOf(event), event.at().toString(), event.at().toString(), seq);
	}

	/**
	 * A session is named by its explicit title, else by the first line of its first user message; task
	 * events (whose prompt repeats that message) never rename it.
	 */
	private static String titleOf(AgentEvent event) {
		var text = "";
		if (event instanceof SessionStarted started) {
			text = started.title();
		} else if (event instanceof UserMessageSent sent) {
			text = sent.text();
		}
		return shortTitle(text);
	}

	private static String shortTitle(String text) {
		var firstLine = text.strip().lines().findFirst().orElse("").strip();
		return firstLine.length() <= TITLE_LENGTH ? firstLine : firstLine.substring(0, TITLE_LENGTH - 1) + "\u2026";
	}

	@Override
	public List<AgentEvent> read(SessionId session) {
		List<StoredEvent> rows;
		try {
			rows = database.read(sql -> sql.query("SELECT seq, type, payload FROM events WHERE session = ? ORDER BY seq",
					row -> new StoredEvent(row.integer("seq"), row.text("type"), row.text("payload")), session.value()));
		} catch (StoreException e) {
			throw new EventLogException("Could not read session " + session + ": " + e.getMessage(), e);
		}
		var events = new ArrayList<AgentEvent>(rows.size());
		rows.forEach(row -> decode(row, events));
		return events;
	}

	private void decode(StoredEvent row, List<AgentEvent> into) {
		try {
			codec.decode(row.type(), row.payload()).ifPresentOrElse(into::add,
					() -> LOG.log(System.Logger.Level.WARNING, "Skipping event " + row.seq() + " of unknown type " + row.type()));
		} catch (IOException | RuntimeException e) {
			// A row this version cannot read stays in the file; the rest of the session still shows.
			LOG.log(System.Logger.Level.WARNING,
					"Skipping unreadable event " + row.seq() + " (" + row.type() + "): " + e.getMessage());
		}
	}

	@Override
	public List<SessionSummary> sessions() {
		try {
			return database.read(sql -> sql.query(
					"SELECT id, title, started, last_activity, event_count FROM sessions WHERE hidden = 0 ORDER BY last_event DESC",
					row -> new SessionSummary(new SessionId(row.text("id")), row.text("title"),
							Instant.parse(row.text("started")), Instant.parse(row.text("last_activity")),
							(int) row.integer("event_count"))));
		} catch (StoreException e) {
			throw new EventLogException("Could not list sessions: " + e.getMessage(), e);
		}
	}
}
