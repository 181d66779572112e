package dev.piassistant.planning.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.agent.AgentListener;
import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.TaskHandle;
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
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.testing.OsgiServices;
import dev.piassistant.testing.RecordedRequest;
import dev.piassistant.testing.ScriptedModelServer;

/**
 * The real agent, wired by Declarative Services to the real store and providers, talking to a scripted model
 * server, with real tools over a temporary folder. Questions the agent asks are answered by a function the
 * test sets, from another thread, as a view would.
 */
final class LoopFixture implements AutoCloseable, AfterEachCallback {

	static final Duration WAIT = Duration.ofSeconds(20);

	final ScriptedModelServer server = ScriptedModelServer.start();
	final AgentService agent = OsgiServices.await(AgentService.class, WAIT);
	final ProviderSettings settings = OsgiServices.await(ProviderSettings.class, WAIT);
	final Path folder;
	final WorkspaceTools tools;
	final ModelRef model;
	final List<AgentEvent> events = new CopyOnWriteArrayList<>();
	final List<String> deltas = new CopyOnWriteArrayList<>();
	private final ServiceRegistration<ToolProvider> registration;
	private final ExecutorService answering = Executors.newSingleThreadExecutor();
	private volatile Function<Question, Optional<Answer>> answerer = question -> Optional.empty();
	private final AgentListener listener = new AgentListener() {
		@Override
		public void onEvent(AgentEvent event) {
			events.add(event);
			if (event instanceof Question question) {
				answerer.apply(question).ifPresent(answer -> answering.execute(() -> agent.answer(event.session(), question.question(), answer)));
			}
		}

		@Override
		public void onTextDelta(SessionId session, dev.piassistant.core.MessageId message, String delta) {
			deltas.add(delta);
		}
	};

	/** Register with {@code @RegisterExtension}: each test gets its own, closed after it. */
	LoopFixture() {
		try {
			folder = Files.createTempDirectory("pi-loop");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		tools = new WorkspaceTools(folder);
		registration = FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(ToolProvider.class, tools, null);
		model = provider("scripted", "big-model");
		settings.setRouting(Routing.NONE);
		settings.setPrices(List.of());
		agent.addListener(listener);
	}

	/** The folder the agent works in: the OSGi instance location, where it looks for AGENTS.md. */
	Path workspace() throws Exception {
		return Path.of(org.eclipse.core.runtime.Platform.getInstanceLocation().getURL().toURI());
	}

	/** Configures another provider on the same scripted server and returns its model. */
	ModelRef provider(String name, String modelName) {
		var id = UUID.randomUUID().toString();
		settings.save(new ProviderConfig(id, name, ProviderKind.OPENAI_COMPATIBLE, server.baseUrl() + "/v1", modelName));
		return new ModelRef(id, modelName);
	}

	/** Answers every question the same way (or leaves it open when the function says so). */
	void answer(Function<Question, Optional<Answer>> function) {
		answerer = function;
	}

	TaskSettings settings(ApprovalMode mode, Limits limits) {
		return new TaskSettings(mode, model, true, limits);
	}

	TaskHandle start(String prompt, TaskSettings taskSettings) {
		return agent.start(new TaskRequest(SessionId.random(), prompt, taskSettings));
	}

	TaskEnded run(String prompt) throws Exception {
		return run(prompt, settings(ApprovalMode.AUTO, Limits.DEFAULT));
	}

	TaskEnded run(String prompt, TaskSettings taskSettings) throws Exception {
		return await(start(prompt, taskSettings));
	}

	static TaskEnded await(TaskHandle task) throws Exception {
		return task.outcome().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
	}

	/** The events of one session, in the order they were logged. */
	List<AgentEvent> history(SessionId session) {
		return agent.history(session);
	}

	<E extends AgentEvent> List<E> logged(SessionId session, Class<E> type) {
		return history(session).stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** The chat requests the server received, in order. */
	List<JsonNode> requests() {
		return server.requests().stream().filter(request -> request.method().equals("POST")).map(RecordedRequest::bodyJson).toList();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		close();
	}

	@Override
	public void close() {
		agent.removeListener(listener);
		registration.unregister();
		answering.shutdownNow();
		server.close();
		settings.setRouting(Routing.NONE);
		settings.setPrices(List.of());
	}
}
