package dev.piassistant.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.AssistantMessageCancelled;
import dev.piassistant.core.event.AssistantMessageCompleted;
import dev.piassistant.core.event.AssistantMessageFailed;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.AssistantRetryScheduled;
import dev.piassistant.core.event.SessionStarted;
import dev.piassistant.core.event.SessionSummary;
import dev.piassistant.core.event.UserMessageSent;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.ProviderError.Missing;
import dev.piassistant.core.llm.TokenUsage;
import dev.piassistant.store.internal.SqliteEventLog;
import dev.piassistant.store.internal.WorkspaceDatabase;

/** Events exactly as the first release wrote them (its codec's output, byte for byte) still read back. */
class ReleasedEventsTest {

	private static final String SESSION = "3f1c1d52-8d8e-4a53-9b1e-6f1f0e0f7a11";
	private static final String[][] RELEASED_ROWS = {
			{ "SessionStarted", "{\"session\":\"" + SESSION + "\",\"at\":\"2026-06-01T09:30:00.250Z\",\"title\":\"\"}" },
			{ "UserMessageSent", "{\"session\":\"" + SESSION + "\",\"at\":\"2026-06-01T09:30:01.250Z\",\"message\":\"q-1\","
					+ "\"text\":\"Rename \\\"Foo\\\"\\nplease\"}" },
			{ "AssistantMessageStarted", "{\"session\":\"" + SESSION + "\",\"at\":\"2026-06-01T09:30:02.250Z\",\"message\":\"a-1\","
					+ "\"replyTo\":\"q-1\",\"model\":{\"providerId\":\"ollama\",\"model\":\"qwen2.5-coder:7b\"}}" },
			{ "AssistantRetryScheduled", "{\"session\":\"" + SESSION + "\",\"at\":\"2026-06-01T09:30:03.250Z\",\"message\":\"a-1\","
					+ "\"cause\":{\"kind\":\"RateLimited\",\"retryAfterSeconds\":2,\"detail\":\"slow down\"},\"delaySeconds\":2,\"attempt\":1}" },
			{ "AssistantMessageFailed", failed("\"kind\":\"Unreachable\",\"url\":\"http://localhost:11434\",\"detail\":\"Connection refused\"") },
			{ "AssistantMessageFailed", failed("\"kind\":\"NotConfigured\",\"detail\":\"No provider is configured.\"") },
			{ "AssistantMessageFailed", failed("\"kind\":\"NotConfigured\",\"detail\":\"No API key is stored for Anthropic.\"") },
			{ "AssistantMessageFailed", failed("\"kind\":\"NotConfigured\",\"detail\":\"The provider of model 'qwen2.5-coder:7b' is no longer configured.\"") },
			{ "AssistantMessageFailed", failed("\"kind\":\"NotConfigured\",\"detail\":\"Eclipse Secure Storage could not read the API key: locked\"") },
			{ "AssistantMessageCancelled", "{\"session\":\"" + SESSION + "\",\"at\":\"2026-06-01T09:30:05.250Z\",\"message\":\"a-1\","
					+ "\"partialText\":\"half\"}" },
			{ "AssistantMessageCompleted", "{\"session\":\"" + SESSION + "\",\"at\":\"2026-06-01T09:30:06.250Z\",\"message\":\"a-1\","
					+ "\"text\":\"Done\",\"usage\":{\"inputTokens\":120,\"outputTokens\":34}}" } };

	@TempDir
	Path folder;

	private static String failed(String error) {
		return "{\"session\":\"" + SESSION + "\",\"at\":\"2026-06-01T09:30:04.250Z\",\"message\":\"a-1\",\"partialText\":\"partial\","
				+ "\"error\":{" + error + "}}";
	}

	@Test
	void everyEventTheFirstReleaseWroteReadsBackWithTodaysDefaults() throws Exception {
		var file = folder.resolve("pi-assistant.db");
		try (var database = WorkspaceDatabase.open(file)) {
			new SqliteEventLog(database);
		}
		try (var connection = RawSqlite.connect(file)) {
			writeAsTheFirstReleaseDid(connection);
		}
		try (var database = WorkspaceDatabase.open(file)) {
			var log = new SqliteEventLog(database);
			var session = new SessionId(SESSION);
			assertEquals(expected(session), log.read(session));
			assertEquals(List.of(new SessionSummary(session, "Rename \"Foo\"", Instant.parse("2026-06-01T09:30:00.250Z"),
					Instant.parse("2026-06-01T09:30:06.250Z"), RELEASED_ROWS.length)), log.sessions());
		}
	}

	private static void writeAsTheFirstReleaseDid(Connection connection) throws SQLException {
		try (var insert = connection.prepareStatement("INSERT INTO events (session, at, type, payload) VALUES (?, ?, ?, ?)")) {
			for (var row : RELEASED_ROWS) {
				insert.setString(1, SESSION);
				insert.setString(2, row[1].replaceAll(".*\"at\":\"([^\"]+)\".*", "$1"));
				insert.setString(3, row[0]);
				insert.setString(4, row[1]);
				insert.executeUpdate();
			}
		}
		try (var session = connection.prepareStatement("INSERT INTO sessions (id, title, started, last_activity, last_event, "
				+ "event_count) VALUES (?, 'Rename \"Foo\"', '2026-06-01T09:30:00.250Z', '2026-06-01T09:30:06.250Z', ?, ?)")) {
			session.setString(1, SESSION);
			session.setInt(2, RELEASED_ROWS.length);
			session.setInt(3, RELEASED_ROWS.length);
			session.executeUpdate();
		}
	}

	private static List<AgentEvent> expected(SessionId session) {
		var at = Instant.parse("2026-06-01T09:30:00.250Z");
		var question = new MessageId("q-1");
		var answer = new MessageId("a-1");
		var failedAt = at.plusSeconds(4);
		return List.of(new SessionStarted(session, at, ""),
				new UserMessageSent(session, at.plusSeconds(1), question, "Rename \"Foo\"\nplease"),
				new AssistantMessageStarted(session, at.plusSeconds(2), answer, question, new ModelRef("ollama", "qwen2.5-coder:7b")),
				new AssistantRetryScheduled(session, at.plusSeconds(3), answer, new ProviderError.RateLimited(2, "slow down"), 2, 1),
				new AssistantMessageFailed(session, failedAt, answer, "partial",
						new ProviderError.Unreachable("http://localhost:11434", "Connection refused")),
				new AssistantMessageFailed(session, failedAt, answer, "partial", new ProviderError.NotConfigured(Missing.PROVIDER, "")),
				new AssistantMessageFailed(session, failedAt, answer, "partial", new ProviderError.NotConfigured(Missing.API_KEY, "Anthropic")),
				new AssistantMessageFailed(session, failedAt, answer, "partial",
						new ProviderError.NotConfigured(Missing.PROVIDER_REMOVED, "qwen2.5-coder:7b")),
				new AssistantMessageFailed(session, failedAt, answer, "partial", new ProviderError.NotConfigured(Missing.SECURE_STORAGE, "")),
				new AssistantMessageCancelled(session, at.plusSeconds(5), answer, "half"),
				new AssistantMessageCompleted(session, at.plusSeconds(6), answer, "Done", new TokenUsage(120, 34)));
	}
}
