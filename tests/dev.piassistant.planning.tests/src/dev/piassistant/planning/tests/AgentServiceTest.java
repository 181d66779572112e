package dev.piassistant.planning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.agent.AgentListener;
import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.agent.TaskHandle;
import dev.piassistant.core.agent.TaskRequest;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.AssistantMessageCancelled;
import dev.piassistant.core.event.AssistantMessageCompleted;
import dev.piassistant.core.event.AssistantMessageFailed;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.AssistantRetryScheduled;
import dev.piassistant.core.event.SessionStarted;
import dev.piassistant.core.event.UserMessageSent;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.core.llm.TokenUsage;
import dev.piassistant.testing.OsgiServices;
import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

/** The agent as the UI uses it: real services, real event log file, scripted model server. */
class AgentServiceTest {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private ScriptedModelServer server;
	private AgentService agent;
	private ModelRef model;
	private final List<String> deltas = new CopyOnWriteArrayList<>();
	private final AgentListener listener = new AgentListener() {
		@Override
		public void onEvent(AgentEvent event) {
		}

		@Override
		public void onTextDelta(SessionId session, MessageId message, String delta) {
			deltas.add(delta);
		}
	};

	@BeforeEach
	void start() {
		server = ScriptedModelServer.start();
		var providerId = UUID.randomUUID().toString();
		OsgiServices.await(ProviderSettings.class, WAIT)
				.save(new ProviderConfig(providerId, "scripted", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl() + "/v1", "m"));
		model = new ModelRef(providerId, "m");
		agent = OsgiServices.await(AgentService.class, WAIT);
		agent.addListener(listener);
	}

	@AfterEach
	void stop() {
		agent.removeListener(listener);
		server.close();
	}

	private static AgentEvent await(TaskHandle task) throws Exception {
		return task.outcome().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
	}

	@Test
	void aTurnIsRecordedStepByStepAndStreamedToListeners() throws Exception {
		server.enqueue(Reply.openAiStream("Use ", "a record.").usage(30, 4));
		var session = agent.newSession();
		var task = agent.start(new TaskRequest(session, "How do I model a point?", model));
		var completed = assertInstanceOf(AssistantMessageCompleted.class, await(task));
		assertEquals("Use a record.", completed.text());
		assertEquals(new TokenUsage(30, 4), completed.usage());
		assertEquals(List.of("Use ", "a record."), deltas);
		var history = agent.history(session);
		assertEquals(List.of(SessionStarted.class, UserMessageSent.class, AssistantMessageStarted.class, AssistantMessageCompleted.class),
				history.stream().map(Object::getClass).toList());
		assertEquals(task.reply(), ((AssistantMessageStarted) history.get(2)).message());
		assertTrue(agent.running(session).isEmpty());
	}

	@Test
	void laterTurnsSendTheWholeConversationIncludingWhatAStoppedAnswerSaid() throws Exception {
		var session = SessionId.random();
		server.enqueue(Reply.openAiStream("First answer."));
		await(agent.start(new TaskRequest(session, "one", model)));
		server.enqueue(Reply.openAiStream(Collections.nCopies(50, "partial ").toArray(String[]::new)).delay(Duration.ofMillis(200)));
		var stopped = agent.start(new TaskRequest(session, "two", model));
		while (stopped.textSoFar().isEmpty()) {
			Thread.sleep(20);
		}
		stopped.cancel();
		var cancelled = assertInstanceOf(AssistantMessageCancelled.class, await(stopped));
		assertTrue(cancelled.partialText().startsWith("partial"), cancelled.partialText());
		server.enqueue(Reply.openAiStream("ok"));
		await(agent.start(new TaskRequest(session, "three", model)));
		server.takeRequest(WAIT);
		server.takeRequest(WAIT);
		var messages = server.takeRequest(WAIT).bodyJson().path("messages");
		assertEquals(List.of("system", "user", "assistant", "user", "assistant", "user"), roles(messages));
		assertEquals("First answer.", messages.get(2).path("content").asText());
		assertEquals(cancelled.partialText(), messages.get(4).path("content").asText());
		assertEquals("three", messages.get(5).path("content").asText());
	}

	private static List<String> roles(JsonNode messages) {
		var roles = new java.util.ArrayList<String>();
		messages.forEach(message -> roles.add(message.path("role").asText()));
		return roles;
	}

	@Test
	void aFailureIsRecordedWithWhatHadArrivedAndTheSessionCanGoOn() throws Exception {
		var session = SessionId.random();
		server.enqueue(Reply.malformedStream("Before ", "the break"));
		var failed = assertInstanceOf(AssistantMessageFailed.class, await(agent.start(new TaskRequest(session, "hi", model))));
		assertEquals("Before the break", failed.partialText());
		assertInstanceOf(ProviderError.MalformedResponse.class, failed.error());
		server.enqueue(Reply.openAiStream("Recovered"));
		assertInstanceOf(AssistantMessageCompleted.class, await(agent.start(new TaskRequest(session, "again", model))));
	}

	@Test
	void retriesAreRecorded() throws Exception {
		var session = SessionId.random();
		server.enqueue(Reply.rateLimited(1), Reply.openAiStream("after the wait"));
		await(agent.start(new TaskRequest(session, "hi", model)));
		var retries = agent.history(session).stream().filter(AssistantRetryScheduled.class::isInstance).toList();
		assertEquals(1, retries.size());
		assertEquals(1, ((AssistantRetryScheduled) retries.get(0)).delaySeconds());
	}

	@Test
	void aSessionRunsOneTaskAtATime() throws Exception {
		var session = SessionId.random();
		server.enqueue(Reply.openAiStream("slow", "slow").delay(Duration.ofMillis(500)));
		var first = agent.start(new TaskRequest(session, "one", model));
		var refused = assertThrows(IllegalStateException.class, () -> agent.start(new TaskRequest(session, "two", model)));
		assertTrue(refused.getMessage().contains("Stop it"), refused.getMessage());
		await(first);
		assertEquals(1, agent.history(session).stream().filter(UserMessageSent.class::isInstance).count(), "the refused message was not logged");
	}

	@Test
	void anEmptyMessageIsRefusedBeforeAnythingHappens() {
		var error = assertThrows(IllegalArgumentException.class, () -> new TaskRequest(SessionId.random(), "  \n ", model));
		assertEquals(TaskRequest.EMPTY_PROMPT, error.getMessage());
	}

	@Test
	void theLatestSessionIsTheOneLastWrittenTo() throws Exception {
		var older = agent.newSession();
		var newer = agent.newSession();
		server.enqueue(Reply.openAiStream("ok"));
		await(agent.start(new TaskRequest(older, "bring me back", model)));
		assertEquals(older, agent.latestSession().orElseThrow());
		assertTrue(agent.sessions().stream().anyMatch(summary -> summary.session().equals(newer)));
	}
}
