package dev.piassistant.tools.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

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
import dev.piassistant.core.event.Question;
import dev.piassistant.core.event.TaskEnded;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.core.llm.Routing;
import dev.piassistant.testing.CompletionReply;
import dev.piassistant.testing.OsgiServices;
import dev.piassistant.testing.RecordedRequest;
import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

/**
 * The real agent with the built-in tools and the permission engine, as Declarative Services wires them, talking
 * to a scripted model server. It works in the OSGi instance location; each run gets a folder of its own there.
 */
final class LoopRun implements AutoCloseable {

	static final Duration WAIT = Duration.ofSeconds(30);
	private static final ObjectMapper JSON = new ObjectMapper();

	final ScriptedModelServer server = ScriptedModelServer.start();
	final AgentService agent = OsgiServices.await(AgentService.class, WAIT);
	final List<AgentEvent> events = new CopyOnWriteArrayList<>();
	/** The run's own folder, relative to the workspace, as the model names it. */
	final String folder = "loop-" + UUID.randomUUID().toString().substring(0, 8);
	private final ProviderSettings settings = OsgiServices.await(ProviderSettings.class, WAIT);
	private final ExecutorService answering = Executors.newSingleThreadExecutor();
	private final ModelRef model;
	private final String provider;
	private final Function<Question, Answer> answerer;
	private final AgentListener listener = new AgentListener() {
		@Override
		public void onEvent(AgentEvent event) {
			events.add(event);
			if (event instanceof Question question) {
				var answer = answerer.apply(question);
				answering.execute(() -> agent.answer(event.session(), question.question(), answer));
			}
		}
	};

	LoopRun(Function<Question, Answer> answerer) throws Exception {
		this.answerer = answerer;
		var id = UUID.randomUUID().toString();
		provider = id;
		settings.save(new ProviderConfig(id, "scripted", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl() + "/v1", "big-model"));
		settings.setRouting(Routing.NONE);
		model = new ModelRef(id, "big-model");
		Files.createDirectories(workspace().resolve(folder));
		agent.addListener(listener);
	}

	/** Gives the scripted provider an API key, kept in secure storage as the Providers page keeps it. */
	void apiKey(String key) throws Exception {
		settings.setApiKey(provider, key);
	}

	/** The folder the agent works in: the instance location. */
	static Path workspace() throws Exception {
		return Path.of(org.eclipse.core.runtime.Platform.getInstanceLocation().getURL().toURI()).toRealPath();
	}

	Path file(String relative, String content) throws Exception {
		var file = workspace().resolve(folder).resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
		return file;
	}

	TaskEnded run(String prompt) throws Exception {
		var task = agent.start(new TaskRequest(SessionId.random(), prompt, new TaskSettings(ApprovalMode.AUTO, model, true, Limits.DEFAULT)));
		return task.outcome().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
	}

	<E extends AgentEvent> List<E> logged(Class<E> type) {
		return events.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** The chat requests the server received, in order. */
	List<JsonNode> requests() {
		return server.requests().stream().filter(request -> request.method().equals("POST")).map(RecordedRequest::bodyJson).toList();
	}

	/** What the tool told the model in the request after its call: the last message. */
	static String lastMessage(JsonNode request) {
		var messages = request.path("messages");
		return messages.get(messages.size() - 1).path("content").asText();
	}

	static CompletionReply call(String id, String tool, Object... keysAndValues) {
		return Reply.openAiStream().toolCall(id, tool, Tools.arguments(keysAndValues).toString()).finishReason("tool_calls");
	}

	static CompletionReply say(String text) {
		return Reply.openAiStream(text);
	}

	static String json(Object value) throws Exception {
		return JSON.writeValueAsString(value);
	}

	@Override
	public void close() {
		agent.removeListener(listener);
		answering.shutdownNow();
		server.close();
		settings.remove(provider);
	}
}
