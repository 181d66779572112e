package dev.piassistant.ui.chat.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.PreferencesUtil;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.agent.AgentListener;
import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.agent.TaskHandle;
import dev.piassistant.core.agent.TaskRequest;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.AssistantMessageCancelled;
import dev.piassistant.core.event.AssistantMessageEnded;
import dev.piassistant.core.event.AssistantMessageFailed;
import dev.piassistant.core.event.AssistantRetryScheduled;
import dev.piassistant.core.llm.ChatModelService;
import dev.piassistant.core.llm.DetectedServer;
import dev.piassistant.core.llm.LocalServerDiscovery;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.ui.UiPump;

/**
 * The Agent view's content: model picker, transcript (or the connect panel while no provider exists),
 * status line and composer. Agent work never runs here: sending and loading are jobs, streamed text
 * arrives through the display pump.
 */
final class ChatPanel implements TranscriptRenderer.Host {

	static final String PROVIDERS_PAGE = "dev.piassistant.ui.preferences.providers";

	private final AgentService agent;
	private final ProviderSettings settings;
	private final Composite root;
	private final ModelBar modelBar;
	private final Composite body;
	private final ConnectPanel connect;
	private final Transcript transcript;
	private final TranscriptRenderer renderer;
	private final Label status;
	private final Composer composer;
	private final UiPump<ViewUpdate> pump;
	private final AgentListener listener = new AgentListener() {
		@Override
		public void onEvent(AgentEvent event) {
			pump.post(new ViewUpdate.Logged(event));
		}

		@Override
		public void onTextDelta(SessionId session, MessageId message, String delta) {
			pump.post(new ViewUpdate.MoreText(session, message));
		}
	};
	private final Runnable settingsChanged;
	private SessionId session;
	private TaskHandle running;
	/** Counts what the user asked to see; a load that finishes after a later request is dropped. */
	private int shownRequest;
	private boolean stopRequested;

	ChatPanel(Composite parent, Services services, Image send, Image stop) {
		agent = services.agent();
		settings = services.settings();
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(root);
		modelBar = new ModelBar(root, settings, services.models());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(modelBar.control());
		body = new Composite(root, SWT.NONE);
		body.setLayout(new StackLayout());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		transcript = new Transcript(body);
		connect = new ConnectPanel(body, services.discovery(), this::useServer, this::openProviders);
		renderer = new TranscriptRenderer(transcript, this);
		status = new Label(root, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).indent(6, 2).applyTo(status);
		composer = new Composer(root, new Composer.Actions() {
			@Override
			public void send(String text) {
				ChatPanel.this.send(text);
			}

			@Override
			public void stop() {
				ChatPanel.this.stop();
			}
		}, send, stop);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(composer.control());
		pump = new UiPump<>(root.getDisplay(), UiPump.DEFAULT_FRAME_MILLIS, this::apply);
		agent.addListener(listener);
		settingsChanged = () -> root.getDisplay().asyncExec(this::providersChanged);
		settings.addChangeListener(settingsChanged);
		root.addListener(SWT.Dispose, event -> dispose());
		providersChanged();
		setStatus(Messages.Ready);
	}

	Composite control() {
		return root;
	}

	Composer composer() {
		return composer;
	}

	Transcript transcript() {
		return transcript;
	}

	ConnectPanel connectPanel() {
		return connect;
	}

	ModelBar modelBar() {
		return modelBar;
	}

	String statusText() {
		return status.getText();
	}

	Optional<SessionId> session() {
		return Optional.ofNullable(session);
	}

	boolean showsConnectPanel() {
		return ((StackLayout) body.getLayout()).topControl == connect.control();
	}

	void focus() {
		composer.focus();
	}

	private void providersChanged() {
		if (root.isDisposed()) {
			return;
		}
		modelBar.refresh();
		var stack = (StackLayout) body.getLayout();
		var none = settings.providers().isEmpty();
		var wasConnect = stack.topControl == connect.control();
		stack.topControl = none ? connect.control() : transcript.control();
		body.layout(true, true);
		root.layout(true, true);
		if (none && !wasConnect) {
			connect.detect();
		}
	}

	private void useServer(DetectedServer server) {
		var provider = server.toProvider(UUID.randomUUID().toString());
		settings.save(provider);
		if (!provider.defaultModel().isEmpty()) {
			settings.setDefaultModel(new ModelRef(provider.id(), provider.defaultModel()));
		}
	}

	@Override
	public void openProviders() {
		PreferencesUtil.createPreferenceDialogOn(root.getShell(), PROVIDERS_PAGE, null, null).open();
	}

	@Override
	public void sendAgain(String prompt) {
		if (running == null) {
			send(prompt);
		}
	}

	/** Shows the most recent session, or a new empty chat if there is none. */
	void loadLatest() {
		loadInBackground(() -> agent.latestSession());
	}

	void load(SessionId chosen) {
		loadInBackground(() -> Optional.of(chosen));
	}

	void newChat() {
		if (running != null) {
			return;
		}
		shownRequest++;
		session = null;
		renderer.clear();
		transcript.relayout(false);
		setStatus(Messages.Ready);
		composer.focus();
	}

	private record Loaded(SessionId session, List<AgentEvent> events, Optional<TaskHandle> running) {
	}

	private void loadInBackground(Supplier<Optional<SessionId>> which) {
		var display = root.getDisplay();
		var request = ++shownRequest;
		var job = Job.create("Loading chat", monitor -> {
			try {
				var loaded = which.get().map(id -> new Loaded(id, agent.history(id), agent.running(id)));
				display.asyncExec(() -> {
					if (request == shownRequest) {
						show(loaded);
					}
				});
			} catch (RuntimeException e) {
				display.asyncExec(() -> setStatus(NLS.bind(Messages.LoadFailed, e.getMessage())));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void show(Optional<Loaded> loaded) {
		if (root.isDisposed()) {
			return;
		}
		renderer.clear();
		session = loaded.map(Loaded::session).orElse(null);
		running = loaded.flatMap(Loaded::running).orElse(null);
		loaded.ifPresent(it -> it.events().forEach(renderer::apply));
		renderer.markInterrupted(running == null ? null : running.reply());
		if (running != null) {
			renderer.streaming(running.reply(), running.textSoFar());
		}
		composer.setBusy(running != null);
		transcript.relayout(false);
		transcript.scrollToEnd();
		setStatus(running != null ? Messages.Sending : sessionStatus());
	}

	private void send(String text) {
		if (text.isBlank()) {
			setStatus(TaskRequest.EMPTY_PROMPT);
			composer.focus();
			return;
		}
		var model = modelBar.selected();
		if (model.isEmpty()) {
			setStatus(Messages.NoModel);
			return;
		}
		composer.setBusy(true);
		stopRequested = false;
		setStatus(Messages.Sending);
		if (session == null) {
			// A new chat gets its id now, so that the events the agent reports are recognised as ours;
			// a chat still loading in the background no longer replaces it.
			session = SessionId.random();
			shownRequest++;
		}
		var target = session;
		var display = root.getDisplay();
		var job = Job.create(Messages.Sending, monitor -> {
			try {
				var handle = agent.start(new TaskRequest(target, text, model.get()));
				display.asyncExec(() -> started(handle, text));
			} catch (RuntimeException e) {
				display.asyncExec(() -> notStarted(e));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void started(TaskHandle handle, String text) {
		if (root.isDisposed()) {
			return;
		}
		composer.sent(text);
		if (handle.outcome().toCompletableFuture().isDone()) {
			// It already ended (a provider that failed at once): its events are shown; only the state is left.
			composer.setBusy(false);
			return;
		}
		running = handle;
		if (stopRequested) {
			stopRequested = false;
			cancelInBackground(handle);
		}
		setStatus(NLS.bind(Messages.Streaming, modelBar.selected().map(ref -> ref.model()).orElse("")));
	}

	private void notStarted(RuntimeException e) {
		if (root.isDisposed()) {
			return;
		}
		running = null;
		composer.setBusy(false);
		setStatus(NLS.bind(Messages.StartFailed, e.getMessage()));
	}

	private void stop() {
		var task = running != null ? running : Optional.ofNullable(session).flatMap(agent::running).orElse(null);
		if (task == null) {
			// Still being sent: stop it the moment it starts.
			stopRequested = true;
			return;
		}
		cancelInBackground(task);
	}

	/** Cancelling closes a connection and records an event: work for a job, not for the UI thread. */
	private static void cancelInBackground(TaskHandle task) {
		var job = Job.create(Messages.StoppedStatus, monitor -> {
			task.cancel();
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setPriority(Job.INTERACTIVE);
		job.schedule();
	}

	/** Applies one frame's worth of updates: events in order, then the latest text of streaming answers. */
	private void apply(List<ViewUpdate> updates) {
		if (root.isDisposed()) {
			return;
		}
		var dirty = new LinkedHashSet<MessageId>();
		for (var update : updates) {
			if (session == null || !update.session().equals(session)) {
				continue;
			}
			if (update instanceof ViewUpdate.Logged logged) {
				dirty.remove(messageOf(logged.event()));
				onEvent(logged.event());
			} else if (update instanceof ViewUpdate.MoreText more) {
				dirty.add(more.message());
			}
		}
		var task = running;
		if (task != null && dirty.contains(task.reply())) {
			renderer.streaming(task.reply(), task.textSoFar());
		}
		transcript.relayout(true);
	}

	private static MessageId messageOf(AgentEvent event) {
		return event instanceof AssistantMessageEnded ended ? ended.message() : null;
	}

	private void onEvent(AgentEvent event) {
		renderer.apply(event);
		if (event instanceof AssistantRetryScheduled retry) {
			setStatus(NLS.bind(Messages.Retrying, new Object[] { retry.cause().message(), retry.delaySeconds(), retry.attempt() }));
		}
		if (event instanceof AssistantMessageEnded ended && running != null && ended.message().equals(running.reply())) {
			running = null;
			composer.setBusy(false);
			setStatus(ended instanceof AssistantMessageFailed ? Messages.FailedStatus
					: ended instanceof AssistantMessageCancelled ? Messages.StoppedStatus : sessionStatus());
		}
	}

	private String sessionStatus() {
		var tokens = renderer.sessionTokens();
		return tokens > 0 ? NLS.bind(Messages.SessionTokens, String.format("%,d", tokens)) : Messages.Ready;
	}

	private void setStatus(String text) {
		status.setText(text);
		root.layout(new Control[] { status });
	}

	private void dispose() {
		pump.dispose();
		agent.removeListener(listener);
		settings.removeChangeListener(settingsChanged);
	}

	/** The services the panel talks to; core interfaces only. */
	record Services(AgentService agent, ProviderSettings settings, ChatModelService models, LocalServerDiscovery discovery) {
	}
}
