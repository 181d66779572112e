package dev.piassistant.ui.plan.internal.timeline;

import java.time.Instant;
import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.AgentService;
import dev.piassistant.ui.Services;
import dev.piassistant.ui.plan.internal.Messages;
import dev.piassistant.ui.plan.internal.OpenPlan;
import dev.piassistant.ui.plan.internal.TaskFeed;
import dev.piassistant.ui.plan.internal.model.TaskLog;
import dev.piassistant.ui.plan.internal.model.Timeline;
import dev.piassistant.ui.plan.internal.model.TimelineEntry;

/**
 * The execution timeline: every action of one task on a time axis, with its duration and how it went,
 * filtered by kind, outcome and time, and the full input and output of the selected one. It reads the event
 * log, so a finished task shows the same after a restart (the view remembers which task it showed).
 */
public final class TimelineView extends ViewPart {

	public static final String ID = "dev.piassistant.ui.plan.timeline";
	private static final String SESSION = "session";
	private static final String TASK = "task";
	private static final int TICK_MILLIS = 500;

	private @Nullable AgentService agent;
	private @Nullable TaskFeed feed;
	private @Nullable SessionId session;
	private @Nullable TaskId task;
	private Label title;
	private FilterBar filters;
	private ScrolledComposite scroller;
	private TimelineCanvas canvas;
	private Text details;
	private Button openPlan;
	private Timeline timeline = Timeline.of(java.util.List.of(), Instant.now(), false);
	private @Nullable TaskLog log;
	private boolean running;
	private @Nullable String pendingSelection;

	/** Shows the view on a task, with an action selected when a key is given. */
	public static void open(IWorkbenchPage page, SessionId session, TaskId task, @Nullable String key) {
		try {
			var view = (TimelineView) page.showView(ID);
			view.show(session, task, key);
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(TimelineView.class).error(e.getMessage(), e);
		}
	}

	@Override
	public void init(IViewSite site, @Nullable IMemento memento) throws PartInitException {
		super.init(site, memento);
		if (memento != null && memento.getString(SESSION) != null && memento.getString(TASK) != null) {
			session = new SessionId(memento.getString(SESSION));
			task = new TaskId(memento.getString(TASK));
		}
	}

	@Override
	public void saveState(IMemento memento) {
		if (session != null && task != null) {
			memento.putString(SESSION, session.value());
			memento.putString(TASK, task.value());
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		agent = Services.get(AgentService.class).orElse(null);
		var top = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 4).applyTo(top);
		title = new Label(top, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(title);
		openPlan = new Button(top, SWT.PUSH);
		openPlan.setText(Messages.Timeline_openPlan);
		openPlan.addListener(SWT.Selection, event -> {
			if (session != null && task != null) {
				OpenPlan.open(getSite().getPage(), session, task, title.getText());
			}
		});
		filters = new FilterBar(parent, filter -> redraw());
		var sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		scroller = new ScrolledComposite(sash, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		canvas = new TimelineCanvas(scroller, this::showDetails);
		scroller.setContent(canvas.control());
		details = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		sash.setWeights(60, 40);
		if (agent == null) {
			title.setText(Messages.Editor_noService);
		} else if (session != null && task != null) {
			show(session, task, null);
		} else {
			title.setText(Messages.Timeline_empty);
		}
	}

	/** Follows a task: its history first, then live. */
	public void show(SessionId newSession, TaskId newTask, @Nullable String key) {
		pendingSelection = key;
		if (newTask.equals(task) && feed != null) {
			selectPending();
			return;
		}
		if (feed != null) {
			feed.dispose();
		}
		session = newSession;
		task = newTask;
		log = null;
		title.setText(Messages.Feed_loading);
		var service = agent;
		if (service == null) {
			return;
		}
		feed = new TaskFeed(service, title.getDisplay(), newSession, newTask, new TaskFeed.Listener() {
			@Override
			public void changed(TaskLog changed, boolean isRunning) {
				log = changed;
				running = isRunning;
				rebuild();
				selectPending();
			}

			@Override
			public void failed(String message) {
				title.setText(NLS.bind(Messages.Editor_loadFailed, message));
			}
		});
	}

	private void selectPending() {
		var key = pendingSelection;
		if (key != null && canvas.entries().stream().anyMatch(entry -> entry.key().equals(key))) {
			pendingSelection = null;
			canvas.select(key);
		}
	}

	private void rebuild() {
		var current = log;
		if (current == null || title.isDisposed()) {
			return;
		}
		timeline = Timeline.of(current.events(), Instant.now(), running);
		var prompt = current.snapshot().map(snapshot -> snapshot.prompt().lines().findFirst().orElse("")).orElse("");
		title.setText(NLS.bind(running ? Messages.Timeline_titleRunning : Messages.Timeline_title, prompt, timeline.entries().size()));
		redraw();
		if (running) {
			// Open actions grow while the task runs.
			title.getDisplay().timerExec(TICK_MILLIS, () -> {
				if (running && !title.isDisposed()) {
					rebuild();
				}
			});
		}
	}

	private void redraw() {
		if (canvas.control().isDisposed()) {
			return;
		}
		canvas.show(filters.filter().apply(timeline));
		if (scroller.getMinHeight() != canvas.preferredHeight()) {
			scroller.setMinHeight(canvas.preferredHeight());
		}
	}

	private void showDetails(Optional<TimelineEntry> entry) {
		details.setText(entry.map(TimelineView::details).orElse(""));
	}

	private static String details(TimelineEntry entry) {
		return TimelineCanvas.describe(entry) + (entry.step() == null ? "" : "\n" + NLS.bind(Messages.Timeline_step, entry.step()))
				+ "\n\n" + Messages.Timeline_input + "\n" + entry.input() + "\n\n" + Messages.Timeline_output + "\n" + entry.output();
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}

	@Override
	public void dispose() {
		running = false;
		if (feed != null) {
			feed.dispose();
		}
		super.dispose();
	}

	// For tests: what a user sees and works with.

	public java.util.List<TimelineEntry> shownEntries() {
		return canvas.entries();
	}

	public void selectEntry(String key) {
		canvas.select(key);
	}

	public org.eclipse.swt.widgets.Canvas canvasControl() {
		return canvas.control();
	}

	public Button kindFilter(dev.piassistant.ui.plan.internal.model.ToolKind kind) {
		return filters.kind(kind);
	}

	public org.eclipse.swt.widgets.Combo outcomeFilter() {
		return filters.outcomes();
	}

	public String detailsText() {
		return details.getText();
	}

	public String titleText() {
		return title.getText();
	}

	public Timeline timeline() {
		return timeline;
	}
}
