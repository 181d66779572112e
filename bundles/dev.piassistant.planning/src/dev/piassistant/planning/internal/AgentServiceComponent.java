package dev.piassistant.planning.internal;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.QuestionId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.AgentListener;
import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.AnsweredBy;
import dev.piassistant.core.agent.TaskHandle;
import dev.piassistant.core.agent.TaskProjection;
import dev.piassistant.core.agent.TaskRequest;
import dev.piassistant.core.checkpoint.Checkpoints;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.EventLog;
import dev.piassistant.core.event.SessionDeleted;
import dev.piassistant.core.event.SessionRenamed;
import dev.piassistant.core.event.SessionStarted;
import dev.piassistant.core.event.SessionSummary;
import dev.piassistant.core.event.TaskStarted;
import dev.piassistant.core.event.UserMessageSent;
import dev.piassistant.core.llm.ChatModelService;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.core.memory.MemoryService;
import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.tool.PermissionPolicy;
import dev.piassistant.core.tool.ToolRegistry;
import dev.piassistant.planning.internal.loop.LoopServices;
import dev.piassistant.planning.internal.loop.Recorder;
import dev.piassistant.planning.internal.loop.TaskJob;
import dev.piassistant.planning.internal.loop.TaskRun;
import dev.piassistant.planning.internal.loop.TaskRuns;
import dev.piassistant.planning.internal.tools.ReadsOnlyPolicy;

/**
 * The agent: one task at a time per session, each run as a {@link TaskJob}. Every event is appended to the
 * log before listeners hear of it.
 */
@Component(service = AgentService.class)
public final class AgentServiceComponent implements AgentService, Recorder.Listener {

	private static final System.Logger LOG = System.getLogger(AgentServiceComponent.class.getName());
	private static final int JOB_NAME_LENGTH = 60;
	private static final Duration STOP_WAIT = Duration.ofSeconds(5);

	private final EventLog log;
	private final LoopServices services;
	private final Clock clock;
	private final Map<SessionId, TaskRun> running = new ConcurrentHashMap<>();
	private final List<AgentListener> listeners = new CopyOnWriteArrayList<>();
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	private volatile PermissionPolicy policy;
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	private volatile Checkpoints checkpoints;
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	private volatile MemoryService memory;

	@Activate
	public AgentServiceComponent(@Reference EventLog log, @Reference ChatModelService models,
			@Reference ProviderSettings settings, @Reference ToolRegistry tools) {
		this.log = log;
		this.clock = Clock.systemUTC();
		this.services = new LoopServices(models, settings, tools, this::policy, () -> Optional.ofNullable(checkpoints), workspace(),
				() -> memory);
	}

	private PermissionPolicy policy() {
		var installed = policy;
		return installed != null ? installed : ReadsOnlyPolicy.INSTANCE;
	}

	/** The folder tasks work in: the Eclipse workspace (the instance location), else the current folder. */
	private static Path workspace() {
		var location = Platform.getInstanceLocation();
		if (location != null && location.isSet()) {
			try {
				return Path.of(location.getURL().toURI());
			} catch (URISyntaxException | IllegalArgumentException e) {
				return Path.of(location.getURL().getPath());
			}
		}
		return Path.of(System.getProperty("user.dir"));
	}

	/** Stops every task and gives them a moment to record how they ended before the store goes away. */
	@Deactivate
	void stopAll() {
		running.values().forEach(TaskRun::cancel);
		var deadline = System.nanoTime() + STOP_WAIT.toNanos();
		while (Job.getJobManager().find(JOB_FAMILY).length > 0 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
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
	public void renameSession(SessionId session, String title) {
		if (title.isBlank()) {
			throw new IllegalArgumentException("A chat's title cannot be empty.");
		}
		record(new SessionRenamed(session, clock.instant(), title.strip()));
	}

	@Override
	public void deleteSession(SessionId session) {
		cancel(session);
		record(new SessionDeleted(session, clock.instant()));
	}

	@Override
	public List<AgentEvent> history(SessionId session) {
		return log.read(session);
	}

	@Override
	public synchronized TaskHandle start(TaskRequest request) {
		var session = request.session();
		requireIdle(session);
		var recorder = new Recorder(log, clock, this, log.read(session));
		if (recorder.events().isEmpty()) {
			// A chat the UI opened without asking for a session first: this is its beginning.
			recorder.record(new SessionStarted(session, clock.instant(), ""));
		}
		var message = recorder.record(new UserMessageSent(session, clock.instant(), MessageId.random(), request.prompt()));
		var started = recorder.record(new TaskStarted(session, clock.instant(), TaskId.random(), message.message(),
				request.prompt(), request.settings()));
		return launch(recorder, started, false);
	}

	@Override
	public synchronized TaskHandle resume(SessionId session, TaskId task) {
		requireIdle(session);
		var history = log.read(session);
		var snapshot = TaskProjection.find(history, task)
				.orElseThrow(() -> new IllegalStateException("There is no task " + task + " in this session."));
		if (snapshot.hasEnded()) {
			throw new IllegalStateException("The task " + task + " has ended; it cannot be resumed.");
		}
		var started = history.stream().filter(TaskStarted.class::isInstance).map(TaskStarted.class::cast)
				.filter(event -> event.task().equals(task)).findFirst().orElseThrow();
		return launch(new Recorder(log, clock, this, history), started, true);
	}

	private void requireIdle(SessionId session) {
		if (running.containsKey(session)) {
			throw new IllegalStateException("The agent is still working in this session. Stop it before starting another task.");
		}
	}

	private TaskHandle launch(Recorder recorder, TaskStarted started, boolean resuming) {
		var session = started.session();
		var holder = new TaskRun[1];
		var run = TaskRuns.create(services, recorder, session, started.task(), started.request(), started.settings(),
				resuming, () -> running.remove(session, holder[0]));
		holder[0] = run;
		running.put(session, run);
		new TaskJob(jobName(started.prompt()), run).schedule();
		return run.handle();
	}

	private static String jobName(String prompt) {
		var line = prompt.strip().lines().findFirst().orElse("");
		return "Pi Assistant: " + (line.length() <= JOB_NAME_LENGTH ? line : line.substring(0, JOB_NAME_LENGTH - 1) + "\u2026");
	}

	@Override
	public Optional<TaskHandle> running(SessionId session) {
		return Optional.ofNullable(running.get(session)).map(TaskRun::handle);
	}

	@Override
	public void cancel(SessionId session) {
		var run = running.get(session);
		if (run != null) {
			run.cancel();
		}
	}

	@Override
	public void answer(SessionId session, QuestionId question, Answer answer, AnsweredBy by) {
		runningTask(session).answer(question, answer, by);
	}

	@Override
	public void revisePlan(SessionId session, TaskId task, Plan plan, String reason) {
		var run = runningTask(session);
		if (!run.handle().task().equals(task)) {
			throw new IllegalStateException("The task " + task + " is not running.");
		}
		run.revisePlan(plan, reason);
	}

	private TaskRun runningTask(SessionId session) {
		var run = running.get(session);
		if (run == null) {
			throw new IllegalStateException("No task is running in this session.");
		}
		return run;
	}

	@Override
	public void addListener(AgentListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(AgentListener listener) {
		listeners.remove(listener);
	}

	/** Listeners offered as services (the memory's episodes) follow the agent from its start, without holding it. */
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addListenerService(AgentListener listener) {
		listeners.add(listener);
	}

	void removeListenerService(AgentListener listener) {
		listeners.remove(listener);
	}

	private void record(AgentEvent event) {
		log.append(event);
		recorded(event);
	}

	@Override
	public void recorded(AgentEvent event) {
		for (var listener : listeners) {
			try {
				listener.onEvent(event);
			} catch (RuntimeException e) {
				LOG.log(System.Logger.Level.WARNING, "A listener failed on " + event.getClass().getSimpleName(), e);
			}
		}
	}

	@Override
	public void textDelta(AgentEvent started, String delta, boolean thinking) {
		var message = ((AssistantMessageStarted) started).message();
		for (var listener : listeners) {
			try {
				if (thinking) {
					listener.onThinkingDelta(started.session(), message, delta);
				} else {
					listener.onTextDelta(started.session(), message, delta);
				}
			} catch (RuntimeException e) {
				LOG.log(System.Logger.Level.WARNING, "A listener failed on streamed text", e);
			}
		}
	}
}
