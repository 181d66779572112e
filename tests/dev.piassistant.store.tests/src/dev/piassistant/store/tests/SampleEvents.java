package dev.piassistant.store.tests;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.AssistantMessageCancelled;
import dev.piassistant.core.event.AssistantMessageCompleted;
import dev.piassistant.core.event.AssistantMessageFailed;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.AssistantRetryScheduled;
import dev.piassistant.core.event.SessionDeleted;
import dev.piassistant.core.event.SessionRenamed;
import dev.piassistant.core.event.SessionStarted;
import dev.piassistant.core.event.UserMessageSent;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.TokenUsage;

/** Events of every kind, with values that exercise the codec (unicode, quotes, newlines, nulls, nesting). */
final class SampleEvents {

	private SampleEvents() {
	}

	/** A chat and then a task in one session: every event type and every kind of value inside them. */
	static List<AgentEvent> all(SessionId session) {
		var all = new ArrayList<>(conversation(session));
		all.addAll(TaskSamples.task(session));
		all.addAll(PermissionSamples.task(session));
		// Last, since a deleted session is no longer listed.
		var end = all.get(all.size() - 1).at();
		all.add(new SessionRenamed(session, end.plusSeconds(1), "Records for \"Foo\" \u263a"));
		all.add(new SessionDeleted(session, end.plusSeconds(2)));
		return all;
	}

	static List<AgentEvent> conversation(SessionId session) {
		var start = Instant.parse("2026-11-22T10:15:30.123456Z");
		var question = MessageId.random();
		var answer = MessageId.random();
		var model = new ModelRef("local-ollama", "qwen2.5-coder:7b");
		var events = new ArrayList<AgentEvent>(List.of(
				new SessionStarted(session, start, ""),
				new UserMessageSent(session, start.plusSeconds(1), question, "Refactor \"Foo\"\nto use records \u2013 please \u263a"),
				new AssistantMessageStarted(session, start.plusSeconds(2), answer, question, model),
				new AssistantRetryScheduled(session, start.plusSeconds(3), answer, new ProviderError.RateLimited(2, "slow down"), 2, 1),
				new AssistantMessageCancelled(session, start.plusSeconds(5), answer, "```java\nrecord Foo() {}\n"),
				new AssistantMessageCompleted(session, start.plusSeconds(6).plus(7, ChronoUnit.MILLIS), answer,
						"Done: `record Foo(int x) {}`", new TokenUsage(120, 34))));
		for (var error : providerErrors()) {
			events.add(new AssistantMessageFailed(session, start.plusSeconds(7), answer, "Here is a partial ", error));
		}
		return events;
	}

	private static List<ProviderError> providerErrors() {
		return List.of(new ProviderError.Unreachable("http://localhost:11434", "Connection refused"),
				new ProviderError.Unauthorized(401, "invalid x-api-key"), new ProviderError.RateLimited(-1, ""),
				new ProviderError.ServerError(503, "overloaded"), new ProviderError.ModelNotFound("llama9", "model not found"),
				new ProviderError.BadRequest(413, "prompt is too long"), new ProviderError.MalformedResponse("stream ended early"),
				new ProviderError.Timeout(30, "no bytes"), new ProviderError.NotConfigured(ProviderError.Missing.PROVIDER_REMOVED, "lm-studio"),
				new ProviderError.Unexpected("java.io.EOFException"));
	}
}
