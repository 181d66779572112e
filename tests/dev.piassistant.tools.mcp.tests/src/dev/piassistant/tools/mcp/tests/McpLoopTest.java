package dev.piassistant.tools.mcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.agent.AgentListener;
import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.TaskRequest;
import dev.piassistant.core.agent.TaskSettings;
import dev.piassistant.core.audit.AuditFilter;
import dev.piassistant.core.audit.AuditKind;
import dev.piassistant.core.audit.AuditTrail;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.ApprovalRequested;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.ToolCallEnded;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.core.llm.Routing;
import dev.piassistant.core.mcp.McpServers;
import dev.piassistant.testing.OsgiServices;
import dev.piassistant.testing.RecordedRequest;
import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

/**
 * The real agent, with a scripted model, calls a tool of a real MCP server configured in a project's
 * {@code .mcp.json}: the call is asked for like any tool that is not a read, approved, run, audited, and its
 * result goes back to the model.
 */
class McpLoopTest {

	private static final Duration WAIT = Duration.ofSeconds(40);

	private final ScriptedModelServer model = ScriptedModelServer.start();
	private final AgentService agent = OsgiServices.await(AgentService.class, WAIT);
	private final List<AgentEvent> events = new CopyOnWriteArrayList<>();
	private final java.util.concurrent.ExecutorService answering = Executors.newSingleThreadExecutor();
	private final AgentListener approveAll = new AgentListener() {
		@Override
		public void onEvent(AgentEvent event) {
			events.add(event);
			if (event instanceof ApprovalRequested approval) {
				answering.execute(() -> agent.answer(event.session(), approval.question(), Answer.Approve.once()));
			}
		}
	};
	private java.nio.file.Path projectFile;
	private McpServers servers;

	@BeforeEach
	void configure() throws Exception {
		var workspace = java.nio.file.Path.of(org.eclipse.core.runtime.Platform.getInstanceLocation().getURL().toURI());
		projectFile = workspace.resolve(".mcp.json");
		Files.writeString(projectFile, """
				{"mcpServers": {"everything": {"command": "node", "args": ["%s"]}}}
				""".formatted(Npm.everything()));
		servers = OsgiServices.await(McpServers.class, WAIT);
		servers.refresh();
		agent.addListener(approveAll);
	}

	@AfterEach
	void clean() throws Exception {
		agent.removeListener(approveAll);
		answering.shutdownNow();
		model.close();
		Files.deleteIfExists(projectFile);
		servers.refresh();
	}

	@Test
	void theAgentCallsAnMcpToolAfterApprovalAndReadsItsResult() throws Exception {
		var modelRef = provider();
		model.enqueue(Reply.openAiStream().toolCall("m1", "everything__echo", "{\"message\": \"ping over MCP\"}").finishReason("tool_calls"),
				Reply.openAiStream("The server echoed it."));

		var task = agent.start(new TaskRequest(SessionId.random(), "Echo 'ping over MCP' through the everything server",
				new TaskSettings(ApprovalMode.AUTO, modelRef, true, Limits.DEFAULT)));
		var end = assertInstanceOf(TaskCompleted.class, task.outcome().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS));

		assertEquals("The server echoed it.", end.summary());
		var approval = events.stream().filter(ApprovalRequested.class::isInstance).map(ApprovalRequested.class::cast).findFirst()
				.orElseThrow(() -> new AssertionError("an MCP tool is asked for by default"));
		assertEquals("everything__echo", approval.call().name());
		var ended = events.stream().filter(ToolCallEnded.class::isInstance).map(ToolCallEnded.class::cast).findFirst().orElseThrow();
		assertTrue(ended.result().output().contains("ping over MCP"), ended.result().output());
		var requests = model.requests().stream().filter(request -> request.method().equals("POST")).map(RecordedRequest::bodyJson).toList();
		assertTrue(requests.get(0).path("tools").toString().contains("everything__echo"), "offered to the model");
		var messages = requests.get(1).path("messages");
		JsonNode last = messages.get(messages.size() - 1);
		assertEquals("tool", last.path("role").asText());
		assertTrue(last.path("content").asText().contains("ping over MCP"), last.toString());

		var audited = OsgiServices.await(AuditTrail.class, WAIT).list(AuditFilter.ALL.withTask(end.task().value()).withTool("everything__echo"));
		assertTrue(audited.stream().anyMatch(entry -> entry.record().kind() == AuditKind.DECISION && entry.record().decision().equals("ask")),
				audited.toString());
		assertTrue(audited.stream().anyMatch(entry -> entry.record().kind() == AuditKind.RESULT), audited.toString());
	}

	private ModelRef provider() {
		var settings = OsgiServices.await(ProviderSettings.class, WAIT);
		var id = UUID.randomUUID().toString();
		settings.save(new ProviderConfig(id, "scripted", ProviderKind.OPENAI_COMPATIBLE, model.baseUrl() + "/v1", "big-model"));
		settings.setRouting(Routing.NONE);
		settings.setPrices(List.of());
		return new ModelRef(id, "big-model");
	}
}
