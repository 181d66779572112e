package dev.piassistant.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.event.EventTypes;
import dev.piassistant.core.event.SessionStarted;
import dev.piassistant.core.event.SessionSummary;
import dev.piassistant.core.event.SessionDeleted;
import dev.piassistant.core.event.SessionRenamed;
import dev.piassistant.core.event.UserMessageSent;
import dev.piassistant.store.internal.SqliteEventLog;
import dev.piassistant.store.internal.ValueTypes;
import dev.piassistant.store.internal.WorkspaceDatabase;

class EventLogTest {

	@TempDir
	Path folder;

	private Path file() {
		return folder.resolve("pi-assistant.db");
	}

	@Test
	void everyKindOfEventComesBackUnchangedAfterReopeningTheFile() throws Exception {
		var session = SessionId.random();
		var events = SampleEvents.all(session);
		try (var database = WorkspaceDatabase.open(file())) {
			var log = new SqliteEventLog(database);
			events.forEach(log::append);
		}
		try (var database = WorkspaceDatabase.open(file())) {
			assertEquals(events, new SqliteEventLog(database).read(session));
		}
	}

	@Test
	void theSamplesCoverEveryEventType() {
		var sampled = SampleEvents.all(SessionId.random()).stream().map(Object::getClass).collect(Collectors.toSet());
		assertEquals(new HashSet<>(EventTypes.all()), sampled,
				"add a sample of each new event type so that its storage is tested");
	}

	@Test
	void theSamplesCoverEveryKindOfSealedValueInsideEvents() {
		var sampled = Values.classesIn(SampleEvents.all(SessionId.random()));
		var kinds = new HashSet<>(ValueTypes.reachableFrom(EventTypes.all()).kinds().keySet());
		kinds.removeAll(sampled);
		assertEquals(Set.of(), kinds, "add samples with these values so that their storage is tested");
	}

	@Test
	void aRenamedSessionKeepsItsPlaceAndADeletedOneIsNoLongerListedButKeepsItsEvents() throws Exception {
		try (var database = WorkspaceDatabase.open(file())) {
			var log = new SqliteEventLog(database);
			var older = SessionId.random();
			var newer = SessionId.random();
			log.append(started(older, 0));
			log.append(message(older, 1, "Old question"));
			log.append(started(newer, 2));
			log.append(message(newer, 3, "New question"));
			log.append(new SessionRenamed(older, Instant.ofEpochSecond(1_700_000_010L), "  My own title\nsecond line"));
			assertEquals(List.of("New question", "My own title"), log.sessions().stream().map(SessionSummary::title).toList(),
					"renaming is no activity: the order stays");
			log.append(new SessionDeleted(newer, Instant.ofEpochSecond(1_700_000_011L)));
			assertEquals(List.of(older), log.sessions().stream().map(SessionSummary::session).toList());
			assertEquals(older, log.latestSession().orElseThrow());
			assertEquals(3, log.read(newer).size(), "the log keeps what happened");
		}
	}

	@Test
	void aSessionIsNamedAfterItsFirstUserMessageWhateverTheTaskEventsSay() throws Exception {
		try (var database = WorkspaceDatabase.open(file())) {
			var log = new SqliteEventLog(database);
			var session = SessionId.random();
			log.append(started(session, 0));
			var events = TaskSamples.task(session);
			events.forEach(log::append);
			log.append(message(session, 99, "A later question"));
			var summary = log.sessions().get(0);
			assertEquals("Fix the failing build", summary.title());
			assertEquals(events.size() + 2, summary.eventCount());
			assertEquals(Instant.ofEpochSecond(1_700_000_099L), summary.lastActivity());
		}
	}

	@Test
	void appendsReturnIncreasingPositionsAndSessionsStaySeparate() throws Exception {
		try (var database = WorkspaceDatabase.open(file())) {
			var log = new SqliteEventLog(database);
			var first = SessionId.random();
			var second = SessionId.random();
			long a = log.append(started(first, 1));
			long b = log.append(started(second, 2));
			long c = log.append(message(first, 3, "hello"));
			assertTrue(a < b && b < c);
			assertEquals(2, log.read(first).size());
			assertEquals(1, log.read(second).size());
			assertEquals(List.of(), log.read(SessionId.random()));
		}
	}

	@Test
	void sessionsAreListedMostRecentFirstAndNamedByTheirFirstMessage() throws Exception {
		try (var database = WorkspaceDatabase.open(file())) {
			var log = new SqliteEventLog(database);
			var older = SessionId.random();
			var newer = SessionId.random();
			log.append(started(older, 1));
			log.append(started(newer, 2));
			log.append(message(newer, 3, "  Fix the failing build\nDetails follow"));
			log.append(message(older, 4, "Explain this class"));
			log.append(message(older, 5, "And this one"));
			var sessions = log.sessions();
			assertEquals(List.of(older, newer), sessions.stream().map(s -> s.session()).toList());
			assertEquals("Explain this class", sessions.get(0).title());
			assertEquals("Fix the failing build", sessions.get(1).title());
			assertEquals(3, sessions.get(0).eventCount());
			assertEquals(older, log.latestSession().orElseThrow());
		}
	}

	@Test
	void sessionsAreOrderedByTheirLatestEventWhateverTheTimestampsSay() throws Exception {
		try (var database = WorkspaceDatabase.open(file())) {
			var log = new SqliteEventLog(database);
			var first = SessionId.random();
			var second = SessionId.random();
			// Written in this order, but the second carries an earlier time and a shorter timestamp text.
			log.append(new SessionStarted(first, Instant.parse("2026-01-01T10:00:00.500Z"), ""));
			log.append(new SessionStarted(second, Instant.parse("2026-01-01T10:00:00Z"), ""));
			assertEquals(second, log.latestSession().orElseThrow());
			log.append(message(first, 1, "back to the first"));
			assertEquals(first, log.latestSession().orElseThrow());
		}
	}

	@Test
	void theLogCannotBeRewrittenOrTrimmed() throws Exception {
		try (var database = WorkspaceDatabase.open(file())) {
			new SqliteEventLog(database).append(started(SessionId.random(), 1));
		}
		try (var connection = RawSqlite.connect(file())) {
			var update = assertThrows(SQLException.class,
					() -> connection.createStatement().executeUpdate("UPDATE events SET payload = '{}'"));
			assertTrue(update.getMessage().contains("append-only"), update.getMessage());
			var delete = assertThrows(SQLException.class, () -> connection.createStatement().executeUpdate("DELETE FROM events"));
			assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
		}
	}

	@Test
	void theFileIsInWalModeAndAppendsAreVisibleToOtherConnectionsAtOnce() throws Exception {
		try (var database = WorkspaceDatabase.open(file());
				var other = RawSqlite.connect(file())) {
			var log = new SqliteEventLog(database);
			try (var mode = other.createStatement().executeQuery("PRAGMA journal_mode")) {
				mode.next();
				assertEquals("wal", mode.getString(1));
			}
			log.append(started(SessionId.random(), 1));
			try (var count = other.createStatement().executeQuery("SELECT count(*) FROM events")) {
				count.next();
				assertEquals(1, count.getInt(1));
			}
		}
	}

	@Test
	void rowsThisVersionCannotReadAreSkippedAndKept() throws Exception {
		var session = SessionId.random();
		try (var database = WorkspaceDatabase.open(file())) {
			var log = new SqliteEventLog(database);
			log.append(started(session, 1));
			try (var connection = RawSqlite.connect(file())) {
				connection.createStatement().executeUpdate("INSERT INTO events (session, at, type, payload) VALUES ('"
						+ session + "', '2026-01-01T00:00:00Z', 'EventFromTheFuture', '{}')");
				connection.createStatement().executeUpdate("INSERT INTO events (session, at, type, payload) VALUES ('"
						+ session + "', '2026-01-01T00:00:00Z', 'UserMessageSent', '{not json')");
			}
			log.append(message(session, 2, "still readable"));
			var events = log.read(session);
			assertEquals(2, events.size());
			assertEquals("still readable", ((UserMessageSent) events.get(1)).text());
		}
		try (var connection = RawSqlite.connect(file());
				var count = connection.createStatement().executeQuery("SELECT count(*) FROM events")) {
			count.next();
			assertEquals(4, count.getInt(1));
		}
	}

	static SessionStarted started(SessionId session, int second) {
		return new SessionStarted(session, Instant.ofEpochSecond(1_700_000_000L + second), "");
	}

	static UserMessageSent message(SessionId session, int second, String text) {
		return new UserMessageSent(session, Instant.ofEpochSecond(1_700_000_000L + second), MessageId.random(), text);
	}
}
