package dev.piassistant.planning.tests;

import static dev.piassistant.planning.tests.Scripts.plan;
import static dev.piassistant.planning.tests.Scripts.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.TaskProblem;
import dev.piassistant.core.agent.TaskSettings;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.AssistantRetryScheduled;
import dev.piassistant.core.event.ModelFailedOver;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.TaskFailed;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.Routing;
import dev.piassistant.testing.Reply;

/** Faults at the provider: each ends in success or a clear error, and budgets still hold. */
class FaultsTest {

	@RegisterExtension
	final LoopFixture fixture = new LoopFixture();

	@Test
	void throttlingIsWaitedOutAsTheServerAsks() throws Exception {
		fixture.server.enqueue(Reply.rateLimited(1), say("Here."));
		var started = System.nanoTime();
		var end = assertInstanceOf(TaskCompleted.class, fixture.run("Hello?"));
		assertTrue(System.nanoTime() - started >= 900_000_000L, "waited for Retry-After");
		var retry = fixture.logged(end.session(), AssistantRetryScheduled.class).get(0);
		assertEquals(1, retry.delaySeconds());
		assertInstanceOf(ProviderError.RateLimited.class, retry.cause());
	}

	@Test
	void anOverloadedServerIsRetriedWithBackOff() throws Exception {
		fixture.server.enqueue(Reply.openAiError(503, "server_error", "overloaded", "Overloaded"), say("Here."));
		var end = assertInstanceOf(TaskCompleted.class, fixture.run("Hello?"));
		assertInstanceOf(ProviderError.ServerError.class, fixture.logged(end.session(), AssistantRetryScheduled.class).get(0).cause());
	}

	@Test
	void aStreamCutMidWayEndsTheTaskWithAClearErrorWhenNoFallbackIsConfigured() throws Exception {
		fixture.server.enqueue(Reply.truncatedStream("Half an ans"));
		var end = assertInstanceOf(TaskFailed.class, fixture.run("Hello?"));
		var failed = assertInstanceOf(TaskProblem.ProviderFailed.class, end.problem());
		assertInstanceOf(ProviderError.MalformedResponse.class, failed.error());
	}

	@Test
	void aFailingProviderIsSkippedForTheFallbackForTheRestOfTheTaskWithinTheBudget() throws Exception {
		var fallback = fixture.provider("second", "backup-model");
		fixture.settings.setRouting(new Routing(null, null, fallback));
		fixture.server.enqueue(plan("One", "1", "Two", "2").usage(100, 10), Reply.unauthorized(), say("one").usage(100, 10),
				say("two").usage(100, 10));
		var settings = new TaskSettings(ApprovalMode.AUTO, fixture.model, false, Limits.DEFAULT.withMaxTokens(10_000));
		var end = assertInstanceOf(TaskCompleted.class, fixture.run("Do two things", settings));
		var failover = fixture.logged(end.session(), ModelFailedOver.class);
		assertEquals(1, failover.size());
		assertEquals(fixture.model, failover.get(0).from());
		assertEquals(fallback, failover.get(0).to());
		assertInstanceOf(ProviderError.Unauthorized.class, failover.get(0).cause());
		var models = fixture.logged(end.session(), AssistantMessageStarted.class).stream().map(started -> started.model().model()).toList();
		assertEquals(List.of("big-model", "big-model", "backup-model", "backup-model"), models);
		assertEquals(330, end.spent().tokens());
	}

	@Test
	void aCutStreamAfterTheFallbackToo() throws Exception {
		var fallback = fixture.provider("second", "backup-model");
		fixture.settings.setRouting(new Routing(null, null, fallback));
		fixture.server.enqueue(Reply.truncatedStream("a"), Reply.truncatedStream("b"));
		var end = assertInstanceOf(TaskFailed.class, fixture.run("Hello?"));
		assertInstanceOf(ProviderError.MalformedResponse.class, ((TaskProblem.ProviderFailed) end.problem()).error());
		assertEquals(2, fixture.requests().size(), "the fallback was tried once, then the task failed");
	}
}
