package dev.piassistant.memory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.TaskRequest;
import dev.piassistant.core.agent.TaskSettings;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.TaskEnded;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.core.llm.Routing;
import dev.piassistant.core.memory.Episode;
import dev.piassistant.core.memory.EntityKind;
import dev.piassistant.core.memory.MemoryQuery;
import dev.piassistant.memory.internal.tools.MemoryTools;
import dev.piassistant.testing.OsgiServices;
import dev.piassistant.testing.RecordedRequest;
import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

/**
 * The real agent with the memory installed, against a scripted model: the memory's tools answer the model, the
 * memory's context reaches the instructions, and a finished task becomes an episode the user can rate.
 */
class AgentMemoryTest {

	@RegisterExtension
	final MemoryFixture fixture = new MemoryFixture();
	private final AgentService agent = OsgiServices.await(AgentService.class, MemoryFixture.WAIT);
	private final ProviderSettings settings = OsgiServices.await(ProviderSettings.class, MemoryFixture.WAIT);
	private ScriptedModelServer server;
	private ModelRef model;

	@BeforeEach
	void start() {
		server = ScriptedModelServer.start();
		var id = UUID.randomUUID().toString();
		settings.save(new ProviderConfig(id, "scripted", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl() + "/v1", "big-model"));
		settings.setRouting(Routing.NONE);
		model = new ModelRef(id, "big-model");
		Shop.write(fixture);
		fixture.index();
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void theModelSearchesTheMemoryAndSeesWhatItRecallsAndTheTaskBecomesAnEpisode() throws Exception {
		server.enqueue(Reply.openAiStream().toolCall("c1", MemoryTools.SEARCH, "{\"query\":\"cart total of item prices\"}")
				.finishReason("tool_calls"), Reply.openAiStream("Cart.total() adds the prices."));
		var ended = run("Where does the cart add up the prices of its items?");
		assertInstanceOf(TaskCompleted.class, ended);

		var requests = requests();
		var system = requests.get(0).path("messages").get(0).path("content").asText();
		assertTrue(system.contains("From the workspace's memory"), system);
		assertTrue(system.contains(fixture.root.name() + "/src/shop/Cart.java:12-16"), "the recalled method is cited: " + system);
		var toolResult = requests.get(1).path("messages");
		var result = toolResult.get(toolResult.size() - 1).path("content").asText();
		assertTrue(result.contains("Cart.total()") && result.contains(fixture.root.name() + "/src/shop/Cart.java:12-16"), result);

		var episode = awaitEpisode(ended.task());
		assertEquals("Where does the cart add up the prices of its items?", episode.prompt());
		assertEquals("completed", episode.outcome());
		assertTrue(episode.summary().contains(MemoryTools.SEARCH), episode.summary());
		var found = fixture.memory.search(MemoryQuery.of("add up the prices", 5).ofKinds(Set.of(EntityKind.TASK)));
		assertEquals("task:" + ended.task(), found.get(0).entity().key());
	}

	@Test
	void anEpisodeRatedDownIsLeftOutOfTheAgentsContext() throws Exception {
		server.enqueue(Reply.openAiStream("Payments go through Payment.charge."));
		var ended = run("How do payments of the cart work?");
		awaitEpisode(ended.task());
		var question = "How do payments of the cart work?";
		assertTrue(awaitContext(question, "an earlier task"), fixture.memory.context(question, 4_000));
		fixture.memory.rate(ended.task(), Episode.Rating.DOWN);
		assertEquals(Episode.Rating.DOWN, fixture.memory.episodes(20).stream().filter(e -> e.task().equals(ended.task()))
				.findFirst().orElseThrow().rating());
		assertFalse(fixture.memory.context("How do payments of the cart work?", 4_000).contains("an earlier task"));
	}

	private TaskEnded run(String prompt) throws Exception {
		var settingsOfTask = new TaskSettings(ApprovalMode.AUTO, model, true, Limits.DEFAULT);
		var handle = agent.start(new TaskRequest(SessionId.random(), prompt, settingsOfTask));
		return handle.outcome().toCompletableFuture().get(30, TimeUnit.SECONDS);
	}

	/** Whether the memory's context for the question comes to name the text (an episode is embedded just after it is stored). */
	private boolean awaitContext(String question, String named) throws InterruptedException {
		var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (System.nanoTime() < deadline) {
			if (fixture.memory.context(question, 4_000).contains(named)) {
				return true;
			}
			Thread.sleep(50);
		}
		return false;
	}

	private List<JsonNode> requests() {
		return server.requests().stream().filter(request -> request.method().equals("POST")).map(RecordedRequest::bodyJson).toList();
	}

	private Episode awaitEpisode(TaskId task) throws InterruptedException {
		var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (System.nanoTime() < deadline) {
			var episode = fixture.memory.episodes(50).stream().filter(each -> each.task().equals(task)).findFirst();
			if (episode.isPresent()) {
				return episode.get();
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no episode was recorded for " + task);
	}
}
