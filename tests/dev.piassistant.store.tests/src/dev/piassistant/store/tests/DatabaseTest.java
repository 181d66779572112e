package dev.piassistant.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.core.store.Sql;
import dev.piassistant.core.store.StoreException;
import dev.piassistant.store.internal.WorkspaceDatabase;

/** The Database API on a real file: transactions, binding, errors, and work nested on one thread. */
class DatabaseTest {

	@TempDir
	Path folder;
	private WorkspaceDatabase database;

	@BeforeEach
	void open() throws Exception {
		database = WorkspaceDatabase.open(folder.resolve("pi-assistant.db"));
		database.migrate(Notes.SCHEMA);
	}

	@AfterEach
	void close() throws Exception {
		database.close();
	}

	@Test
	void aWriteIsVisibleToLaterReads() {
		var id = database.write(sql -> sql.insert("INSERT INTO notes (body) VALUES (?)", "remember the milk"));
		assertEquals(Optional.of("remember the milk"),
				database.read(sql -> sql.queryFirst("SELECT body FROM notes WHERE id = ?", row -> row.text("body"), id)));
	}

	@Test
	void anInsertThatInsertsNothingAnswersMinusOne() {
		var first = database.write(sql -> sql.insert("INSERT OR IGNORE INTO notes (id, body) VALUES (7, 'first')"));
		var second = database.write(sql -> sql.insert("INSERT OR IGNORE INTO notes (id, body) VALUES (7, 'second')"));
		assertEquals(7, first);
		assertEquals(-1, second);
	}

	@Test
	void aWriteThatThrowsLeavesNothingBehindAndItsExceptionComesThroughUnchanged() {
		var failure = new IllegalStateException("the tool crashed");
		var thrown = assertThrows(IllegalStateException.class, () -> database.write(sql -> {
			sql.insert("INSERT INTO notes (body) VALUES (?)", "half done");
			sql.update("UPDATE notes SET pinned = 1");
			throw failure;
		}));
		assertSame(failure, thrown);
		assertEquals(0, Notes.count(database));
	}

	@Test
	void aWriteWhoseSecondStatementFailsLeavesNothingBehind() {
		assertThrows(StoreException.class, () -> database.write(sql -> {
			sql.insert("INSERT INTO notes (body) VALUES (?)", "first");
			return sql.insert("INSERT INTO notes (body) VALUES (?)", (Object) null);
		}));
		assertEquals(0, Notes.count(database));
	}

	@Test
	void everyArgumentTypeBindsAndReadsBack() {
		var bytes = new byte[] { 0, 1, (byte) 0xff, 42 };
		database.write(sql -> sql.update("INSERT INTO samples (t, i, l, d, b, x, n) VALUES (?, ?, ?, ?, ?, ?, ?)",
				"caf\u00e9 \"quoted\"", 42, 9_000_000_000L, 0.25, true, bytes, null));
		database.read(sql -> sql.query("SELECT * FROM samples", row -> {
			assertEquals("caf\u00e9 \"quoted\"", row.text("t"));
			assertEquals(42, row.integer("i"));
			assertEquals(9_000_000_000L, row.integer("l"));
			assertEquals(0.25, row.real("d"));
			assertEquals(1, row.integer("b"));
			assertArrayEquals(bytes, row.blob("x"));
			assertTrue(row.isNull("n"));
			assertFalse(row.isNull("t"));
			assertEquals(0, row.integer("n"), "NULL reads as 0 where a number is asked for");
			return null;
		}));
	}

	@Test
	void anUnsupportedArgumentIsRefusedWithTheTypesThatWork() {
		var error = assertThrows(StoreException.class,
				() -> database.write(sql -> sql.update("INSERT INTO notes (body) VALUES (?)", Instant.EPOCH)));
		assertTrue(error.getMessage().contains("Argument 1 is a java.time.Instant")
				&& error.getMessage().contains("String, Integer, Long, Double, Boolean, byte[] or null"), error.getMessage());
	}

	@Test
	void theWrongNumberOfArgumentsIsAnError() {
		var error = assertThrows(StoreException.class,
				() -> database.write(sql -> sql.update("INSERT INTO notes (body, pinned) VALUES (?, ?)", "only one")));
		assertTrue(error.getMessage().contains("has 2 parameter(s) but was given 1 argument(s)"), error.getMessage());
	}

	@Test
	void aFailedStatementNamesItsTableTheFileAndTheCause() {
		var error = assertThrows(StoreException.class,
				() -> database.write(sql -> sql.insert("INSERT INTO notes (body) VALUES (?)", (Object) null)));
		assertTrue(error.getMessage().startsWith("Could not insert into notes in " + database.file()), error.getMessage());
		assertTrue(error.getMessage().contains("NOT NULL constraint failed: notes.body"), error.getMessage());
		var missing = assertThrows(StoreException.class,
				() -> database.read(sql -> sql.query("SELECT * FROM nowhere WHERE id = ?", row -> 1, 1)));
		assertTrue(missing.getMessage().startsWith("Could not read nowhere in " + database.file()), missing.getMessage());
		assertTrue(missing.getMessage().contains("no such table: nowhere"), missing.getMessage());
	}

	@Test
	void aMissingColumnIsNamed() {
		database.write(sql -> sql.insert("INSERT INTO notes (body) VALUES ('x')"));
		var error = assertThrows(StoreException.class,
				() -> database.read(sql -> sql.query("SELECT body FROM notes", row -> row.text("title"))));
		assertTrue(error.getMessage().startsWith("Could not read column 'title' of notes"), error.getMessage());
	}

	@Test
	void aReadCannotChangeTheDatabase() {
		var error = assertThrows(StoreException.class,
				() -> database.read(sql -> sql.update("INSERT INTO notes (body) VALUES ('sneaky')")));
		assertTrue(error.getMessage().contains("a read cannot change the database; do this in Database.write"), error.getMessage());
		// The connection underneath refuses too, whatever statement is used to try.
		var returning = assertThrows(StoreException.class,
				() -> database.read(sql -> sql.query("INSERT INTO notes (body) VALUES ('sneaky') RETURNING id", row -> 1)));
		assertTrue(returning.getMessage().contains("a read cannot change the database"), returning.getMessage());
		assertEquals(0, Notes.count(database));
	}

	@Test
	void anSqlKeptPastItsTransactionIsRefused() {
		var kept = new AtomicReference<Sql>();
		database.read(sql -> {
			kept.set(sql);
			return null;
		});
		assertThrows(IllegalStateException.class, () -> kept.get().query("SELECT 1", row -> 1));
	}

	@Test
	void aReadInsideAWriteSeesTheWritesOwnChanges() {
		var seen = database.write(sql -> {
			sql.insert("INSERT INTO notes (body) VALUES ('not yet committed')");
			return Notes.count(database);
		});
		assertEquals(1, seen);
	}

	@Test
	void aWriteInsideAWriteIsUndoneAloneWhenItThrows() {
		database.write(sql -> {
			sql.insert("INSERT INTO notes (body) VALUES ('outer')");
			assertThrows(IllegalArgumentException.class, () -> database.write(inner -> {
				inner.insert("INSERT INTO notes (body) VALUES ('inner, undone')");
				throw new IllegalArgumentException("changed my mind");
			}));
			return database.write(inner -> inner.insert("INSERT INTO notes (body) VALUES ('inner, kept')"));
		});
		assertEquals(List.of("outer", "inner, kept"),
				database.read(sql -> sql.query("SELECT body FROM notes ORDER BY id", row -> row.text("body"))));
	}

	@Test
	void aWriteInsideAReadIsRefusedAtOnceInsteadOfDeadlocking() {
		var error = assertThrows(IllegalStateException.class,
				() -> database.read(sql -> database.write(inner -> inner.update("DELETE FROM notes"))));
		assertTrue(error.getMessage().contains("Database.write was called inside Database.read"), error.getMessage());
		// The writer is free afterwards.
		database.write(sql -> sql.insert("INSERT INTO notes (body) VALUES ('still works')"));
		assertEquals(1, Notes.count(database));
	}

	@Test
	void aReadInsideAReadSharesItsSnapshot() {
		assertEquals(0, (int) database.read(sql -> database.read(inner -> Notes.count(database))));
	}

	@Test
	void aClosedDatabaseSaysSo() throws Exception {
		database.close();
		var error = assertThrows(StoreException.class, () -> database.read(sql -> 1));
		assertTrue(error.getMessage().contains("is closed"), error.getMessage());
	}
}
