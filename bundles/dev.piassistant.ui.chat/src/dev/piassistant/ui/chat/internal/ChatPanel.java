package dev.piassistant.ui.chat.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.dialogs.PreferencesUtil;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.TaskHandle;
import dev.piassistant.core.agent.TaskRequest;
import dev.piassistant.core.agent.TaskSettings;
import dev.piassistant.core.checkpoint.Checkpoints;
import dev.piassistant.core.checkpoint.UndoTarget;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.PlanReviewRequested;
import dev.piassistant.core.event.SessionSummary;
import dev.piassistant.core.llm.ChatModelService;
import dev.piassistant.core.llm.LocalServerDiscovery;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.ui.AgentPreferences;
import dev.piassistant.ui.undo.Undo;
import dev.piassistant.ui.chat.internal.cards.CardActions;
import dev.piassistant.ui.chat.internal.model.Attachment;
import dev.piassistant.ui.chat.internal.model.ChatController;
import dev.piassistant.ui.chat.internal.model.ContextPrompt;

/**
 * The Agent view's content: model picker, transcript (or the connect panel while no provider exists),
 * status line and composer. It renders what the {@link ChatController} makes of the agent's events and
 * forwards the user's clicks to the agent; agent work never runs here, but in jobs.
 */
final class ChatPanel implements CardActions {

	static final String PROVIDERS_PAGE = "dev.piassistant.ui.preferences.providers";

	private final AgentService agent;
	private final ProviderSettings settings;
	private final ChatController controller = new ChatController();
	private final AgentJobs jobs;
	private final Composite root;
	private final ModelBar modelBar;
	private final ChatBody body;
	private final Transcript transcript;
	private final JumpToLatest jumpToLatest;
	private final StatusArea status;
	private final Composer composer;
	private final McpComposer mcp;
	private final AgentFeed feed;
	private final Runnable settingsChanged;
	private final IEclipsePreferences.IPreferenceChangeListener preferencesChanged;
	/** Counts what the user asked to see; a load that finishes after a later request is dropped. */
	private int shownRequest;
	private boolean stopRequested;
	private EditorFollower editors;

	ChatPanel(Composite parent, Services services, Image send, Image stop) {
		agent = services.agent();
		settings = services.settings();
		root = new Composite(parent, SWT.NONE);
		jobs = new AgentJobs(agent, root.getDisplay());
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(root);
		modelBar = new ModelBar(root, settings, services.models());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(modelBar.control());
		body = new ChatBody(root, settings, services.discovery(), this);
		transcript = body.transcript();
		// "Jump to latest" shares the status line's row, so showing it never resizes the transcript.
		var statusRow = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(statusRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(statusRow);
		status = new StatusArea(statusRow);
		jumpToLatest = new JumpToLatest(statusRow, transcript, this::focus);
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
		mcp = McpComposer.install(composer, this::send, this::tell);
		Drafts.keep(composer.input());
		// A notice about the user's last action goes stale as soon as they change what it was about.
		composer.input().addListener(SWT.Modify, event -> forgetNotice());
		modelBar.modelCombo().addListener(SWT.Modify, event -> forgetNotice());
		modelBar.providerCombo().addListener(SWT.Selection, event -> forgetNotice());
		feed = new AgentFeed(agent, root.getDisplay(), this::apply);
		settingsChanged = () -> root.getDisplay().asyncExec(this::providersChanged);
		settings.addChangeListener(settingsChanged);
		preferencesChanged = event -> root.getDisplay().asyncExec(() -> composer.showMode(AgentPreferences.approvalMode()));
		AgentPreferences.addListener(preferencesChanged);
		root.addListener(SWT.Dispose, event -> dispose());
		providersChanged();
		refresh(false);
	}

	Composite control() {
		return root;
	}

	Composer composer() {
		return composer;
	}

	/** The MCP servers' prompts and resources in the composer. */
	McpComposer mcp() {
		return mcp;
	}

	Transcript transcript() {
		return transcript;
	}

	ConnectPanel connectPanel() {
		return body.connectPanel();
	}

	ModelBar modelBar() {
		return modelBar;
	}

	ChatController controller() {
		return controller;
	}

	Link jumpToLatestLink() {
		return jumpToLatest.link();
	}

	String statusText() {
		return status.text();
	}

	Optional<SessionId> session() {
		return controller.session();
	}

	boolean showsConnectPanel() {
		return body.showsConnectPanel();
	}

	void focus() {
		composer.focus();
	}

	/** Offers the page's active editor's file and selection as context, from now on. */
	void followEditors(IWorkbenchPage page) {
		editors = EditorFollower.follow(page, composer.chips());
	}

	/**
	 * Asks about an editor's selection: its file and selection go on the composer as chips (even ones the user
	 * removed before); Explain sends at once, otherwise the user types the question.
	 */
	void askAbout(List<Attachment> fromEditor, boolean explain) {
		composer.chips().offer(fromEditor);
		composer.chips().restoreOffered();
		if (explain && !controller.isBusy()) {
			send(Messages.Context_explain);
		}
		composer.focus();
	}

	/** Fix this problem: the problems and their file go with a message that asks to fix them, sent at once. */
	void fix(List<Attachment> context) {
		context.forEach(composer.chips()::add);
		if (!controller.isBusy()) {
			send(Messages.Context_fix);
		}
		composer.focus();
	}

	@Override
	public void insertAtCursor(String code) {
		ReviewedInsert.insert(code, controller.session().orElseGet(SessionId::random), root.getDisplay(), this::tell);
	}

	private void providersChanged() {
		if (root.isDisposed()) {
			return;
		}
		modelBar.refresh();
		forgetNotice();
		body.providersChanged();
		root.layout(true, true);
	}

	@Override
	public void openProviders() {
		PreferencesUtil.createPreferenceDialogOn(root.getShell(), PROVIDERS_PAGE, null, null).open();
	}

	@Override
	public void sendAgain(String prompt) {
		if (!controller.isBusy()) {
			send(prompt);
		}
	}

	@Override
	public void answer(QuestionId question, Answer answer) {
		controller.session().ifPresent(session -> jobs.answer(session, question, answer,
				problem -> tell(NLS.bind(Messages.AnswerFailed, problem))));
	}

	@Override
	public void resume(TaskId task) {
		var session = controller.session();
		if (session.isEmpty() || controller.isBusy()) {
			return;
		}
		controller.resuming();
		refresh(false);
		jobs.resume(session.get(), task, problem -> {
			controller.startFailed();
			tell(NLS.bind(Messages.ResumeFailed, problem));
		});
	}

	@Override
	public void undoCall(TaskId task, String callId, String toolName) {
		undo(NLS.bind(Messages.UndoCall, toolName), checkpoints -> checkpoints.ofTask(task).stream()
				.filter(checkpoint -> callId.equals(checkpoint.callId())).findFirst()
				.map(checkpoint -> new UndoTarget.Action(checkpoint.id())));
	}

	@Override
	public void undoTask(TaskId task) {
		undo(Messages.UndoTask, checkpoints -> Optional.of(new UndoTarget.Task(task)));
	}

	private void undo(String what, Function<Checkpoints, Optional<UndoTarget>> target) {
		var checkpoints = dev.piassistant.ui.Services.get(Checkpoints.class);
		if (checkpoints.isEmpty()) {
			tell(Messages.UndoUnavailable);
			return;
		}
		new Undo(checkpoints.get(), root.getDisplay(), Undo.dialog(root.getShell()), this::tell).undo(what, target);
	}

	@Override
	public boolean canOpenPlan() {
		return PlanCommand.available();
	}

	@Override
	public void openPlan(TaskId task) {
		var session = controller.session();
		var title = controller.snapshot(task).map(snapshot -> snapshot.prompt().lines().findFirst().orElse("")).orElse("");
		session.ifPresent(id -> PlanCommand.open(id, task, title));
	}

	/** Gives the chat shown the user's title. */
	void renameChat(String title) {
		controller.session().ifPresent(session -> jobs.rename(session, title, () -> tell(NLS.bind(Messages.Chat_renamed, title.strip())),
				problem -> tell(NLS.bind(Messages.Chat_renameFailed, problem))));
	}

	/** Deletes the chat shown (stopping its task) and shows a new empty one. */
	void deleteChat() {
		controller.session().ifPresent(session -> jobs.delete(session, () -> {
			if (root.isDisposed()) {
				return; // the view closed meanwhile; the chat is deleted all the same
			}
			if (controller.session().filter(session::equals).isPresent()) {
				showEmptyChat();
			}
			tell(Messages.Chat_deleted);
		}, problem -> tell(NLS.bind(Messages.Chat_deleteFailed, problem))));
	}

	/** Finds the chats that mention every word of a query, in a job. */
	void searchChats(String query, Consumer<List<SessionSummary>> found) {
		jobs.search(query, found, problem -> tell(NLS.bind(Messages.Chat_searchFailed, problem)));
	}

	/** Shows the most recent session, or a new empty chat if there is none. */
	void loadLatest() {
		load(() -> agent.latestSession());
	}

	void load(SessionId chosen) {
		load(() -> Optional.of(chosen));
	}

	void newChat() {
		if (controller.isBusy()) {
			return;
		}
		showEmptyChat();
		composer.focus();
	}

	/** An empty chat in place of the one shown; a load still under way for the old one is ignored. */
	private void showEmptyChat() {
		shownRequest++;
		controller.clear();
		transcript.clear();
		status.forget();
		refresh(false);
	}

	/** Reads the session in a job; the result comes through the pump, in order with live events. */
	private void load(Supplier<Optional<SessionId>> which) {
		var request = ++shownRequest;
		jobs.load(which, loaded -> feed.loaded(new ViewUpdate.Loaded(request, loaded)),
				problem -> tell(NLS.bind(Messages.LoadFailed, problem)));
	}

	private void show(ViewUpdate.Loaded loaded) {
		if (loaded.request() != shownRequest) {
			return;
		}
		status.forget();
		loaded.session().ifPresentOrElse(
				session -> controller.show(session.id(), session.history(), session.running(), session.streaming()),
				controller::clear);
		refresh(false);
		transcript.scrollToEnd();
	}

	private void send(String text) {
		if (mcp.runTyped(text)) {
			return; // an MCP prompt typed as a slash command: its text is sent once fetched
		}
		if (text.isBlank()) {
			tell(Messages.EmptyPrompt);
			composer.focus();
			return;
		}
		var model = modelBar.selected();
		if (model.isEmpty()) {
			tell(Messages.NoModel);
			return;
		}
		if (editors != null) {
			editors.update(); // the file as it is now, not as it was when its editor came to the front
		}
		var prompt = ContextPrompt.of(text, composer.chips().attachments());
		composer.chips().sent();
		stopRequested = false;
		status.sent();
		controller.sending();
		// A chat still loading in the background no longer replaces the one this message goes to.
		shownRequest++;
		var request = new TaskRequest(controller.sessionForSending(), prompt,
				new TaskSettings(composer.mode(), model.get(), modelBar.pinned(), AgentPreferences.limits()));
		refresh(false);
		transcript.scrollToEnd(); // the question and the answer to come are what the user wants to see now
		jobs.start(request, handle -> started(handle, text), problem -> {
			controller.startFailed();
			tell(NLS.bind(Messages.StartFailed, problem));
		});
	}

	private void started(TaskHandle handle, String text) {
		if (root.isDisposed()) {
			return; // the view closed while the message was on its way; the task runs on regardless
		}
		composer.sent(text);
		if (stopRequested) {
			// Stop was pressed while the message was on its way.
			stopRequested = false;
			jobs.cancel(handle.session());
		}
	}

	private void stop() {
		controller.stopping();
		refresh(false);
		if (controller.running().isEmpty()) {
			// Still being sent: stop it the moment it starts.
			stopRequested = true;
		}
		controller.session().ifPresent(jobs::cancel);
		composer.focus(); // Stop had the focus; the next message is typed in the composer
	}

	/** Drops a notice that no longer holds (the model it asked for was picked, the empty message was typed into). */
	private void forgetNotice() {
		if (status.hasNotice() && !root.isDisposed()) {
			status.forget();
			status.show(StatusText.of(controller.status()));
		}
	}

	/** Applies one frame's worth of updates in order, then draws once. */
	private void apply(List<ViewUpdate> updates) {
		if (root.isDisposed()) {
			return;
		}
		var changed = false;
		for (var update : updates) {
			if (update instanceof ViewUpdate.Logged logged) {
				changed |= controller.apply(logged.event());
				reviewInPlanEditor(logged.event());
			} else if (update instanceof ViewUpdate.Text text) {
				changed |= controller.textDelta(text.session(), text.message(), text.delta());
			} else if (update instanceof ViewUpdate.Thinking thinking) {
				changed |= controller.thinkingDelta(thinking.session(), thinking.message(), thinking.delta());
			} else if (update instanceof ViewUpdate.Loaded loaded) {
				show(loaded);
			}
		}
		if (changed) {
			status.forget();
			refresh(true);
		}
	}

	/** A plan that waits for review opens in the Plan editor too, where it can be edited before it runs. */
	private void reviewInPlanEditor(AgentEvent event) {
		if (event instanceof PlanReviewRequested review && controller.session().filter(review.session()::equals).isPresent()) {
			openPlan(review.task());
		}
	}

	/** Draws the controller's items, busy state and status. */
	private void refresh(boolean followEnd) {
		transcript.render(controller.items());
		composer.setBusy(controller.isBusy());
		status.show(StatusText.of(controller.status()));
		transcript.relayout(followEnd);
	}

	/** A welcome in the status line until the first message is sent. */
	void welcome(String message) {
		status.welcome(message);
		refresh(false);
	}

	/** Says something about the user's last action until the next event. */
	private void tell(String message) {
		if (root.isDisposed()) {
			return;
		}
		status.tell(message);
		refresh(false);
	}

	private void dispose() {
		feed.dispose();
		settings.removeChangeListener(settingsChanged);
		AgentPreferences.removeListener(preferencesChanged);
	}

	/** The services the panel talks to; core interfaces only. */
	record Services(AgentService agent, ProviderSettings settings, ChatModelService models, LocalServerDiscovery discovery) {
	}
}
