package dev.piassistant.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.store.SchemaContribution;
import dev.piassistant.store.internal.MigrationException;
import dev.piassistant.store.internal.SqliteEventLog;
import dev.piassistant.store.internal.WorkspaceDatabase;

class WorkspaceDatabaseTest {

	@TempDir
	Path folder;

	private Path file() {
		return folder.resolve("pi-assistant.db");
	}

	private static SchemaContribution schema(String owner, String... scripts) {
		return new SchemaContribution() {
			@Override
			public String owner() {
				return owner;
			}

			@Override
			public List<String> migrations() {
				return List.of(scripts);
			}
		};
	}

	@Test
	void aDamagedFileIsMovedAsideUntouchedAndAFreshDatabaseStarts() throws Exception {
		var garbage = "this is not a database, but it might be someone's only copy".repeat(200).getBytes(StandardCharsets.UTF_8);
		Files.write(file(), garbage);
		try (var database = WorkspaceDatabase.open(file())) {
			var aside = database.quarantinedFile().orElseThrow();
			assertArrayEquals(garbage, Files.readAllBytes(aside));
			var log = new SqliteEventLog(database);
			var session = SessionId.random();
			log.append(EventLogTest.started(session, 1));
			assertEquals(1, log.read(session).size());
		}
	}

	@Test
	void aHealthyFileIsNotMovedAside() throws Exception {
		try (var database = WorkspaceDatabase.open(file())) {
			new SqliteEventLog(database);
		}
		try (var database = WorkspaceDatabase.open(file())) {
			assertFalse(database.quarantinedFile().isPresent());
		}
	}

	@Test
	void contributedMigrationsApplyOnceAndOnlyTheNewOnesLater() throws Exception {
		try (var database = WorkspaceDatabase.open(file())) {
			database.migrate(schema("notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);",
					"INSERT INTO notes (body) VALUES ('first');"));
			database.migrate(schema("notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);",
					"INSERT INTO notes (body) VALUES ('first');"));
			assertEquals(2, database.schemaVersion("notes"));
		}
		try (var database = WorkspaceDatabase.open(file())) {
			database.migrate(schema("notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);",
					"INSERT INTO notes (body) VALUES ('first');", "ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;\n"
							+ "UPDATE notes SET pinned = 1;"));
			assertEquals(3, database.schemaVersion("notes"));
		}
		try (var connection = RawSqlite.connect(file());
				var rows = connection.createStatement().executeQuery("SELECT count(*), sum(pinned) FROM notes")) {
			rows.next();
			assertEquals(1, rows.getInt(1), "the insert of version 2 ran once");
			assertEquals(1, rows.getInt(2));
		}
	}

	@Test
	void aFailingMigrationIsRolledBackWholeAndNamesItsOwnerAndVersion() throws Exception {
		try (var database = WorkspaceDatabase.open(file())) {
			database.migrate(schema("memory", "CREATE TABLE facts (id INTEGER PRIMARY KEY);"));
			var failure = assertThrows(MigrationException.class, () -> database.migrate(schema("memory",
					"CREATE TABLE facts (id INTEGER PRIMARY KEY);",
					"CREATE TABLE links (id INTEGER);\nINSERT INTO no_such_table VALUES (1);")));
			assertTrue(failure.getMessage().contains("Migration 2 of 'memory'"), failure.getMessage());
			assertEquals(1, database.schemaVersion("memory"));
		}
		try (var connection = RawSqlite.connect(file());
				var tables = connection.createStatement().executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'links'")) {
			tables.next();
			assertEquals(0, tables.getInt(1), "the half-applied migration left nothing behind");
		}
	}

	@Test
	void aFolderThatCannotBeCreatedGivesAClearError() throws Exception {
		var blocker = folder.resolve("blocker");
		Files.writeString(blocker, "a file where a folder should be");
		var error = assertThrows(SQLException.class, () -> WorkspaceDatabase.open(blocker.resolve("sub").resolve("x.db")));
		assertTrue(error.getMessage().contains("Cannot create the folder"), error.getMessage());
	}
}
