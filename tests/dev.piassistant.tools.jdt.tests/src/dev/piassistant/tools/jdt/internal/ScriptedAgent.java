package dev.piassistant.tools.jdt.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.agent.AgentListener;
import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.TaskRequest;
import dev.piassistant.core.agent.TaskSettings;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.ApprovalRequested;
import dev.piassistant.core.event.TaskEnded;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.core.llm.Routing;
import dev.piassistant.testing.OsgiServices;
import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

/**
 * The real agent, wired by Declarative Services, talking to the scripted model server: the model's tool calls are
 * scripted, everything after them (permissions, tools, reviews, the files) is real. Every approval is granted, as a
 * user who accepts what the agent asks would.
 */
final class ScriptedAgent implements AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(60);
	private static final ObjectMapper JSON = new ObjectMapper();

	final ScriptedModelServer server = ScriptedModelServer.start();
	private final AgentService agent = OsgiServices.await(AgentService.class, WAIT);
	private final ModelRef model;
	private final ExecutorService answering = Executors.newSingleThreadExecutor();
	/** The tools the user was asked to allow, in order. */
	final List<String> approved = new java.util.concurrent.CopyOnWriteArrayList<>();
	private final AgentListener listener = new AgentListener() {
		@Override
		public void onEvent(AgentEvent event) {
			if (event instanceof ApprovalRequested approval) {
				approved.add(approval.call().name());
				answering.execute(() -> agent.answer(event.session(), approval.question(), Answer.Approve.once()));
			}
		}
	};

	ScriptedAgent() {
		var settings = OsgiServices.await(ProviderSettings.class, WAIT);
		var id = UUID.randomUUID().toString();
		settings.save(new ProviderConfig(id, "scripted", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl() + "/v1", "model"));
		settings.setRouting(Routing.NONE);
		model = new ModelRef(id, "model");
		agent.addListener(listener);
	}

	/** Runs a task to its end. */
	TaskEnded run(String prompt) throws Exception {
		var settings = new TaskSettings(ApprovalMode.AUTO, model, true, Limits.DEFAULT);
		var task = agent.start(new TaskRequest(SessionId.random(), prompt, settings));
		return task.outcome().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
	}

	/** The model calling one tool. */
	static Reply call(String id, String tool, Map<String, ?> arguments) {
		return Reply.openAiStream().toolCall(id, tool, json(arguments)).finishReason("tool_calls");
	}

	static Reply say(String text) {
		return Reply.openAiStream(text);
	}

	/** What the tools answered, in the order the model was told: the content of each tool message of the last request. */
	List<String> toolResults() {
		var requests = server.requests().stream().filter(request -> request.method().equals("POST")).toList();
		var last = requests.get(requests.size() - 1).bodyJson();
		var results = new java.util.ArrayList<String>();
		for (JsonNode message : last.path("messages")) {
			if (message.path("role").asText().equals("tool")) {
				results.add(message.path("content").asText());
			}
		}
		return results;
	}

	private static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		} catch (JsonProcessingException e) {
			throw new IllegalArgumentException(e);
		}
	}

	@Override
	public void close() {
		agent.removeListener(listener);
		answering.shutdownNow();
		server.close();
	}
}
