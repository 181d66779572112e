package dev.piassistant.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;

import dev.piassistant.core.store.Database;
import dev.piassistant.core.store.SchemaContribution;
import dev.piassistant.core.store.StoreException;
import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.LoggedErrors;
import dev.piassistant.testing.OsgiServices;

/**
 * The store as another bundle sees it: it registers its tables as a {@link SchemaContribution} service and
 * uses them through the {@link Database} service, knowing nothing of the store's internals.
 */
class DatabaseServiceTest {

	private static final SchemaContribution BOOKMARKS = new SchemaContribution() {
		@Override
		public String owner() {
			return "dev.piassistant.store.tests.bookmarks";
		}

		@Override
		public List<String> migrations() {
			return List.of("CREATE TABLE bookmarks (id TEXT NOT NULL PRIMARY KEY, path TEXT NOT NULL, line INTEGER NOT NULL);",
					"ALTER TABLE bookmarks ADD COLUMN note TEXT NOT NULL DEFAULT '';");
		}
	};

	@Test
	@ExtendWith(FailOnLoggedErrors.class)
	void aContributedTableIsUsableThroughTheDatabaseService() {
		var context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		var registration = context.registerService(SchemaContribution.class, BOOKMARKS, null);
		try {
			var database = OsgiServices.await(Database.class, Duration.ofSeconds(10));
			var id = UUID.randomUUID().toString();
			database.write(sql -> sql.update("INSERT INTO bookmarks (id, path, line, note) VALUES (?, ?, ?, ?)", id,
					"src/Foo.java", 42, "the equals bug"));
			assertEquals("src/Foo.java:42 the equals bug", database.read(sql -> sql.queryFirst(
					"SELECT path, line, note FROM bookmarks WHERE id = ?",
					row -> row.text("path") + ":" + row.integer("line") + " " + row.text("note"), id).orElseThrow()));
			var error = assertThrows(StoreException.class,
					() -> database.write(sql -> sql.update("INSERT INTO bookmarks (id, path, line) VALUES (?, ?, ?)", id, "x", 1)));
			assertTrue(error.getMessage().startsWith("Could not insert into bookmarks in ")
					&& error.getMessage().contains("pi-assistant.db"), error.getMessage());
		} finally {
			registration.unregister();
		}
	}

	@Test
	void aBrokenContributionIsReportedInTheErrorLogAndHarmsNoOneElse() {
		var broken = new SchemaContribution() {
			@Override
			public String owner() {
				return "dev.piassistant.store.tests.broken";
			}

			@Override
			public List<String> migrations() {
				return List.of("CREATE TABLE half_made (id INTEGER);\nINSERT INTO no_such_table VALUES (1);");
			}
		};
		var database = OsgiServices.await(Database.class, Duration.ofSeconds(10));
		var errors = new LoggedErrors();
		errors.start();
		var context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		var registration = context.registerService(SchemaContribution.class, broken, null);
		registration.unregister();
		var logged = errors.stop();
		assertEquals(1, logged.size(), LoggedErrors.describe(logged));
		assertEquals("Could not update the database tables of dev.piassistant.store.tests.broken", logged.get(0).getMessage());
		assertTrue(logged.get(0).getException().getMessage().contains("no such table: no_such_table"));
		assertEquals(0, database.read(sql -> sql.queryFirst("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_made'",
				row -> row.integer("n")).orElseThrow()), "the failed migration was rolled back whole");
	}
}
