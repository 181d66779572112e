package dev.piassistant.store.internal;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.EventLog;
import dev.piassistant.core.event.EventLogException;
import dev.piassistant.core.event.SessionStarted;
import dev.piassistant.core.event.SessionSummary;
import dev.piassistant.core.event.UserMessageSent;

/** The event log in the workspace database. Each append is its own committed transaction. */
public final class SqliteEventLog implements EventLog {

	private static final System.Logger LOG = System.getLogger(SqliteEventLog.class.getName());
	private static final int TITLE_LENGTH = 80;

	private final WorkspaceDatabase database;
	private final EventCodec codec = new EventCodec();

	public SqliteEventLog(WorkspaceDatabase database) throws SQLException {
		this.database = database;
		database.migrate(new EventLogSchema());
	}

	@Override
	public long append(AgentEvent event) {
		var payload = codec.encode(event);
		try {
			return database.write(() -> {
				var seq = insert(event, payload);
				updateSession(event, seq);
				return seq;
			});
		} catch (SQLException e) {
			throw new EventLogException("Could not record " + codec.typeOf(event) + " in " + database.file() + ": "
					+ e.getMessage(), e);
		}
	}

	private long insert(AgentEvent event, String payload) throws SQLException {
		try (var insert = database.connection().prepareStatement(
				"INSERT INTO events (session, at, type, payload) VALUES (?, ?, ?, ?) RETURNING seq")) {
			insert.setString(1, event.session().value());
			insert.setString(2, event.at().toString());
			insert.setString(3, codec.typeOf(event));
			insert.setString(4, payload);
			try (var rows = insert.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	/** Sessions are ordered by the position of their latest event: exact, whatever the clocks said. */
	private void updateSession(AgentEvent event, long seq) throws SQLException {
		try (var upsert = database.connection().prepareStatement("""
				INSERT INTO sessions (id, title, started, last_activity, last_event, event_count) VALUES (?, ?, ?, ?, ?, 1)
				ON CONFLICT(id) DO UPDATE SET
					last_activity = excluded.last_activity,
					last_event = excluded.last_event,
					event_count = sessions.event_count + 1,
					title = CASE WHEN sessions.title = '' THEN excluded.title ELSE sessions.title END""")) {
			upsert.setString(1, event.session().value());
			upsert.setString(2, titleOf(event));
			upsert.setString(3, event.at().toString());
			upsert.setString(4, event.at().toString());
			upsert.setLong(5, seq);
			upsert.executeUpdate();
		}
	}

	/** A session is named by its explicit title, else by the first line of its first message. */
	private static String titleOf(AgentEvent event) {
		var text = "";
		if (event instanceof SessionStarted started) {
			text = started.title();
		} else if (event instanceof UserMessageSent sent) {
			text = sent.text();
		}
		var firstLine = text.strip().lines().findFirst().orElse("").strip();
		return firstLine.length() <= TITLE_LENGTH ? firstLine : firstLine.substring(0, TITLE_LENGTH - 1) + "\u2026";
	}

	@Override
	public List<AgentEvent> read(SessionId session) {
		try {
			return database.read(() -> {
				try (var query = database.connection()
						.prepareStatement("SELECT seq, type, payload FROM events WHERE session = ? ORDER BY seq")) {
					query.setString(1, session.value());
					try (var rows = query.executeQuery()) {
						return decodeAll(rows);
					}
				}
			});
		} catch (SQLException e) {
			throw new EventLogException("Could not read session " + session + " from " + database.file() + ": "
					+ e.getMessage(), e);
		}
	}

	private List<AgentEvent> decodeAll(ResultSet rows) throws SQLException {
		var events = new ArrayList<AgentEvent>();
		while (rows.next()) {
			var seq = rows.getLong(1);
			var type = rows.getString(2);
			try {
				codec.decode(type, rows.getString(3)).ifPresentOrElse(events::add,
						() -> LOG.log(System.Logger.Level.WARNING, "Skipping event " + seq + " of unknown type " + type));
			} catch (IOException | RuntimeException e) {
				// A row this version cannot read stays in the file; the rest of the session still shows.
				LOG.log(System.Logger.Level.WARNING, "Skipping unreadable event " + seq + " (" + type + "): " + e.getMessage());
			}
		}
		return events;
	}

	@Override
	public List<SessionSummary> sessions() {
		try {
			return database.read(() -> {
				try (var query = database.connection().prepareStatement(
						"SELECT id, title, started, last_activity, event_count FROM sessions ORDER BY last_event DESC");
						var rows = query.executeQuery()) {
					var sessions = new ArrayList<SessionSummary>();
					while (rows.next()) {
						sessions.add(new SessionSummary(new SessionId(rows.getString(1)), rows.getString(2),
								Instant.parse(rows.getString(3)), Instant.parse(rows.getString(4)), rows.getInt(5)));
					}
					return sessions;
				}
			});
		} catch (SQLException e) {
			throw new EventLogException("Could not list sessions in " + database.file() + ": " + e.getMessage(), e);
		}
	}
}
