package dev.piassistant.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.core.tool.Access;
import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

/** The SQL tool on a real SQLite file, and the HTTP tool against a real HTTP server. */
class SqlAndHttpToolsTest {

	/** The scripted server answers its queue on its chat path (for POST); the HTTP tool does not care what path it calls. */
	private static final String SCRIPTED = "/v1/chat/completions";

	@TempDir
	Path workspace;

	private void database() throws Exception {
		try (var connection = new org.sqlite.JDBC().connect("jdbc:sqlite:" + workspace.resolve("app.db"), new java.util.Properties());
				var statement = connection.createStatement()) {
			statement.executeUpdate("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT)");
			statement.executeUpdate("CREATE INDEX users_by_email ON users (email)");
			statement.executeUpdate("INSERT INTO users (name, email) VALUES ('Ada', 'ada@example.com'), ('Linus', NULL)");
		}
	}

	@Test
	void readsSchemaAndPlansWithoutAsking() throws Exception {
		database();
		var tools = new Tools(workspace);

		assertEquals("name | email\nAda | ada@example.com\nLinus | NULL\n2 rows.\n",
				tools.call("sql", "database", "app.db", "query", "SELECT name, email FROM users ORDER BY id").output());
		assertEquals("table users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT)\n  index users_by_email\n",
				tools.call("sql", "database", "app.db", "action", "schema").output());
		assertTrue(tools.call("sql", "database", "app.db", "action", "explain", "query", "SELECT * FROM users WHERE email = 'x'")
				.output().contains("USING INDEX users_by_email"));
		assertEquals(List.of(new Access.File("app.db", Access.FileOp.READ)),
				tools.tool("sql").accesses().of(Tools.arguments("database", "app.db", "query", "SELECT 1")));
	}

	@Test
	void writesAreAskedAndAReadCannotWrite() throws Exception {
		database();
		var tools = new Tools(workspace);
		var sql = tools.tool("sql").accesses();

		assertEquals(Access.FileOp.WRITE, ((Access.File) sql.of(Tools.arguments("database", "app.db", "query",
				"UPDATE users SET name = 'x'")).get(0)).op());
		assertEquals(Access.FileOp.WRITE, ((Access.File) sql.of(Tools.arguments("database", "app.db", "query",
				"SELECT 1; DELETE FROM users")).get(0)).op());
		assertEquals(Access.FileOp.WRITE, ((Access.File) sql.of(Tools.arguments("database", "app.db", "query",
				"WITH x AS (SELECT 1) DELETE FROM users")).get(0)).op());
		assertEquals(Access.FileOp.WRITE, ((Access.File) sql.of(Tools.arguments("database", "app.db", "query",
				"PRAGMA user_version = 5")).get(0)).op());
		var update = tools.call("sql", "database", "app.db", "query", "UPDATE users SET email = ? WHERE name = ?", "parameters",
				List.of("linus@example.com", "Linus"));
		assertEquals("Done: 1 row changed.", update.output());
		try (var connection = new org.sqlite.JDBC().connect("jdbc:sqlite:" + workspace.resolve("app.db"), new java.util.Properties());
				var rows = connection.createStatement().executeQuery("SELECT email FROM users WHERE name = 'Linus'")) {
			rows.next();
			assertEquals("linus@example.com", rows.getString(1));
		}
	}

	@Test
	void retryAfterIsHonouredAndTheBodyCapped() throws Exception {
		try (var server = ScriptedModelServer.start()) {
			server.enqueue(Reply.status(429, "{\"error\":\"slow down\"}").header("Retry-After", "1"),
					Reply.status(200, "x".repeat(5000)).header("Content-Type", "text/plain"));
			var started = System.nanoTime();

			var result = new Tools(workspace).call("http", "url", server.baseUrl() + SCRIPTED, "method", "POST", "body", "{}", "maxBytes", 1000);

			assertFalse(result.isError(), result.output());
			assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 1000, "did not wait as asked");
			assertTrue(result.output().startsWith("HTTP 200\ncontent-type: text/plain\n"), result.output());
			assertTrue(result.output().contains("(answered after 1 retry the server asked for with Retry-After)"), result.output());
			assertTrue(result.output().contains("x".repeat(1000) + "\n[The body was cut at 1000 bytes"), result.output());
			assertEquals(2, server.requests().size());
		}
	}

	@Test
	void redirectsAreReportedNotFollowedAndErrorsFail() throws Exception {
		try (var server = ScriptedModelServer.start()) {
			server.enqueue(Reply.status(302, "").header("Location", "https://elsewhere.example.com/x"),
					Reply.status(404, "{\"error\":\"no such thing\"}"));
			var tools = new Tools(workspace);

			var redirect = tools.call("http", "url", server.baseUrl() + SCRIPTED, "method", "POST", "body", "{}");
			var missing = tools.call("http", "url", server.baseUrl() + SCRIPTED, "method", "POST", "body", "{}");

			assertTrue(redirect.output().contains("The server redirects to https://elsewhere.example.com/x. Redirects are not followed"),
					redirect.output());
			assertEquals(2, server.requests().size());
			assertTrue(missing.isError() && missing.output().startsWith("HTTP 404") && missing.output().contains("no such thing"), missing.output());
			assertEquals("POST", server.requests().get(1).method());
		}
	}
}
