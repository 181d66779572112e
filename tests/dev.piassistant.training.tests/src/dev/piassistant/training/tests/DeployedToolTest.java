package dev.piassistant.training.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.TaskRequest;
import dev.piassistant.core.agent.TaskSettings;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.core.training.RunState;
import dev.piassistant.core.training.TrainingRequest;
import dev.piassistant.testing.OsgiServices;
import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;
import dev.piassistant.training.internal.RunFolders;

/**
 * A trained classifier deployed as a tool: the real agent loop, talking to the scripted model server, calls
 * {@code classify_support_ticket} and gets the right labels back, and again after the training bundle was
 * restarted (as after an IDE restart).
 */
class DeployedToolTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Duration WAIT = Duration.ofSeconds(30);

	private final ScriptedModelServer server = ScriptedModelServer.start();

	DeployedToolTest() {
		// Anything the loop asks beyond the script (a judgement, say) is answered plainly.
		server.respondWith(request -> Reply.openAiStream("Done."));
	}

	@AfterEach
	void close() {
		server.close();
	}

	@Test
	void theAgentCallsTheDeployedClassifierAlsoAfterARestart(@TempDir Path folder) throws Exception {
		var training = Training.service();
		var run = Training.train(training, new TrainingRequest("support tickets", TestData.tickets(folder, 400, 7), "label", null));
		assertEquals(RunState.COMPLETED, run.state(), () -> String.valueOf(run.problem()));
		var deployed = training.deploy(run.id(), "support_ticket");
		assertEquals("classify_support_ticket", deployed.toolName());
		assertTrue(Files.readString(deployed.card()).contains("support"), "a model card is written");

		var random = new Random(99);
		var labels = List.of(1, 0, 2, 3, 1);
		var texts = labels.stream().map(label -> TestData.ticket(label, random)).toList();
		var expected = labels.stream().map(TestData.TICKET_LABELS::get).toList();
		assertEquals(expected, askTheAgent(texts));

		var bundle = FrameworkUtil.getBundle(RunFolders.class);
		bundle.stop();
		bundle.start();
		Training.service();
		assertEquals(expected, askTheAgent(texts), "the tool is back after a restart");
	}

	/** The agent runs a task whose model calls the tool; returns the labels the tool answered. */
	private List<String> askTheAgent(List<String> texts) throws Exception {
		var settings = OsgiServices.await(ProviderSettings.class, WAIT);
		var id = UUID.randomUUID().toString();
		settings.save(new ProviderConfig(id, "scripted", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl() + "/v1", "model"));
		int before = posts().size();
		server.enqueue(Reply.openAiStream().toolCall("c1", "classify_support_ticket", JSON.writeValueAsString(Map.of("texts", texts)))
				.finishReason("tool_calls"), Reply.openAiStream("Sorted."));
		var agent = OsgiServices.await(AgentService.class, WAIT);
		var task = agent.start(new TaskRequest(SessionId.random(), "Which team should take these tickets?",
				new TaskSettings(ApprovalMode.AUTO, new ModelRef(id, "model"), true, Limits.DEFAULT)));
		assertInstanceOf(TaskCompleted.class, task.outcome().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS));
		// The request after the call carries its result as the last message.
		var result = posts().stream().skip(before).map(request -> request.path("messages"))
				.map(messages -> messages.get(messages.size() - 1)).filter(last -> last.path("tool_call_id").asText().equals("c1")).findFirst()
				.orElseThrow(() -> new AssertionError("no request carried the tool's result"));
		var content = result.path("content").asText();
		var answers = JSON.readTree(content.lines().findFirst().orElseThrow());
		return java.util.stream.StreamSupport.stream(answers.spliterator(), false).map(node -> node.path("label").asText()).toList();
	}

	private List<JsonNode> posts() {
		return server.requests().stream().filter(request -> request.method().equals("POST")).map(request -> request.bodyJson()).toList();
	}
}
