package dev.piassistant.store.tests;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.AssistantMessageCancelled;
import dev.piassistant.core.event.AssistantMessageCompleted;
import dev.piassistant.core.event.AssistantMessageFailed;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.AssistantRetryScheduled;
import dev.piassistant.core.event.SessionStarted;
import dev.piassistant.core.event.UserMessageSent;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.TokenUsage;

/** One event of every kind, with values that exercise the codec (unicode, quotes, newlines). */
final class SampleEvents {

	private SampleEvents() {
	}

	static List<AgentEvent> conversation(SessionId session) {
		var start = Instant.parse("2026-11-22T10:15:30.123456Z");
		var question = MessageId.random();
		var answer = MessageId.random();
		var model = new ModelRef("local-ollama", "qwen2.5-coder:7b");
		return List.of(
				new SessionStarted(session, start, ""),
				new UserMessageSent(session, start.plusSeconds(1), question, "Refactor \"Foo\"\nto use records \u2013 please \u263a"),
				new AssistantMessageStarted(session, start.plusSeconds(2), answer, question, model),
				new AssistantRetryScheduled(session, start.plusSeconds(3), answer, new ProviderError.RateLimited(2, "slow down"), 2, 1),
				new AssistantMessageFailed(session, start.plusSeconds(4), answer, "Here is a partial ",
						new ProviderError.ServerError(503, "overloaded")),
				new AssistantMessageCancelled(session, start.plusSeconds(5), answer, "```java\nrecord Foo() {}\n"),
				new AssistantMessageCompleted(session, start.plusSeconds(6).plus(7, ChronoUnit.MILLIS), answer,
						"Done: `record Foo(int x) {}`", new TokenUsage(120, 34)));
	}
}
