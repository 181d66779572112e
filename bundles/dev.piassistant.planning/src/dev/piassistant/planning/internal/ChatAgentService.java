package dev.piassistant.planning.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.agent.AgentListener;
import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.agent.TaskHandle;
import dev.piassistant.core.agent.TaskRequest;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.EventLog;
import dev.piassistant.core.event.SessionStarted;
import dev.piassistant.core.event.SessionSummary;
import dev.piassistant.core.event.UserMessageSent;
import dev.piassistant.core.llm.ChatModelService;
import dev.piassistant.core.llm.ChatRequest;

/**
 * The agent as a conversation: one task at a time per session, each answered by streaming the chosen
 * model. Every step is appended to the event log before listeners hear of it.
 */
@Component(service = AgentService.class)
public final class ChatAgentService implements AgentService {

	private static final System.Logger LOG = System.getLogger(ChatAgentService.class.getName());

	private final EventLog log;
	private final ChatModelService models;
	private final Clock clock;
	private final Map<SessionId, RunningTask> running = new ConcurrentHashMap<>();
	private final List<AgentListener> listeners = new CopyOnWriteArrayList<>();

	@Activate
	public ChatAgentService(@Reference EventLog log, @Reference ChatModelService models) {
		this(log, models, Clock.systemUTC());
	}

	public ChatAgentService(EventLog log, ChatModelService models, Clock clock) {
		this.log = log;
		this.models = models;
		this.clock = clock;
	}

	@Deactivate
	void stopAll() {
		running.values().forEach(RunningTask::cancel);
	}

	@Override
	public SessionId newSession() {
		var session = SessionId.random();
		record(new SessionStarted(session, clock.instant(), ""));
		return session;
	}

	@Override
	public Optional<SessionId> latestSession() {
		return log.latestSession();
	}

	@Override
	public List<SessionSummary> sessions() {
		return log.sessions();
	}

	@Override
	public List<AgentEvent> history(SessionId session) {
		return log.read(session);
	}

	@Override
	public TaskHandle start(TaskRequest request) {
		var session = request.session();
		var task = new RunningTask(session, MessageId.random(), new Sink(), clock);
		if (running.putIfAbsent(session, task) != null) {
			throw new IllegalStateException("The agent is still answering in this session. Stop it before sending another message.");
		}
		try {
			var history = new ArrayList<>(log.read(session));
			if (history.isEmpty()) {
				// A chat the UI opened without asking for a session first: this is its beginning.
				history.add(record(new SessionStarted(session, clock.instant(), "")));
			}
			var question = MessageId.random();
			history.add(record(new UserMessageSent(session, clock.instant(), question, request.prompt())));
			var conversation = Conversation.from(history);
			record(new AssistantMessageStarted(session, clock.instant(), task.reply(), question, request.model()));
			task.attach(models.stream(new ChatRequest(request.model(), conversation), task));
			return task;
		} catch (RuntimeException e) {
			running.remove(session, task);
			throw e;
		}
	}

	@Override
	public Optional<TaskHandle> running(SessionId session) {
		return Optional.ofNullable(running.get(session));
	}

	@Override
	public void addListener(AgentListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(AgentListener listener) {
		listeners.remove(listener);
	}

	private AgentEvent record(AgentEvent event) {
		log.append(event);
		notifyListeners(event);
		return event;
	}

	private void notifyListeners(AgentEvent event) {
		for (var listener : listeners) {
			try {
				listener.onEvent(event);
			} catch (RuntimeException e) {
				LOG.log(System.Logger.Level.WARNING, "A listener failed on " + event.getClass().getSimpleName(), e);
			}
		}
	}

	/** Connects running tasks to the log, the listeners and the table of running tasks. */
	private final class Sink implements RunningTask.Sink {

		@Override
		public void event(AgentEvent event) {
			try {
				record(event);
			} catch (RuntimeException e) {
				// The answer still reaches the user; only its record is missing, and the log says why.
				LOG.log(System.Logger.Level.ERROR, "Could not record " + event.getClass().getSimpleName(), e);
				notifyListeners(event);
			}
		}

		@Override
		public void delta(SessionId session, MessageId message, String delta) {
			listeners.forEach(listener -> listener.onTextDelta(session, message, delta));
		}

		@Override
		public void ended(RunningTask task) {
			running.remove(task.session(), task);
		}
	}
}
