package dev.piassistant.ui.plan.internal.editor;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.events.KeyListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;

import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.agent.TaskSnapshot;
import dev.piassistant.core.checkpoint.Checkpoints;
import dev.piassistant.core.checkpoint.UndoTarget;
import dev.piassistant.core.event.PlanReviewRequested;
import dev.piassistant.core.plan.PlanAuthor;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.ui.Services;
import dev.piassistant.ui.undo.Undo;
import dev.piassistant.ui.plan.internal.Messages;
import dev.piassistant.ui.plan.internal.TaskFeed;
import dev.piassistant.ui.plan.internal.model.PlanDraft;
import dev.piassistant.ui.plan.internal.model.TaskLog;
import dev.piassistant.ui.plan.internal.timeline.TimelineView;

/**
 * The Plan editor: a task's plan, live. The user reorders, adds, removes, indents and rewords steps, marks
 * them skip or ask-me-first and adds constraints; the editor is dirty until Save sends the edited plan to the
 * agent as a revision. Approve and Run answers the plan review (saving first). Everything shown comes from
 * the task's events; the agent's work never runs on the UI thread.
 */
public final class PlanEditor extends EditorPart {

	public static final String ID = "dev.piassistant.ui.plan.editor";

	private final PlanDraft draft = new PlanDraft();
	private AgentService agent;
	private TaskFeed feed;
	private PlanHeader header;
	private StepTree tree;
	private PlanActions actions;
	private ConstraintsPanel constraints;
	private StepPanel stepPanel;
	private RevisionsPanel revisions;
	private GraphCanvas graph;
	private CTabFolder tabs;
	private Optional<TaskSnapshot> snapshot = Optional.empty();
	private List<dev.piassistant.core.event.AgentEvent> events = List.of();
	private boolean running;
	private Sender sender;
	private int revisionsSeen;
	private boolean wasDirty;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof PlanEditorInput)) {
			throw new PartInitException(Messages.Editor_wrongInput);
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
	}

	PlanEditorInput input() {
		return (PlanEditorInput) getEditorInput();
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		var service = Services.get(AgentService.class);
		if (service.isEmpty()) {
			var label = new Label(parent, SWT.WRAP);
			label.setText(Messages.Editor_noService);
			return;
		}
		agent = service.get();
		sender = new Sender(agent, parent.getDisplay(), input().session(), this::sent);
		header = new PlanHeader(parent, new PlanHeader.Actions() {
			@Override
			public void save() {
				send(false);
			}

			@Override
			public void approve() {
				send(true);
			}

			@Override
			public void decline(String note) {
				reviewQuestion().ifPresent(question -> sender.decline(question, note));
			}

			@Override
			public void openTimeline() {
				TimelineView.open(getSite().getPage(), input().session(), input().task(), null);
			}
		});
		var toolbar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		var sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		var left = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 0).spacing(0, 2).applyTo(left);
		toolbar.createControl(left);
		tree = new StepTree(left, new StepTree.Edits() {
			@Override
			public boolean canEdit(Step step) {
				return editable() && draft.isEditable(step.id());
			}

			@Override
			public void edit(Step step, String description, String expected) {
				if (draft.edit(step.id(), description, expected)) {
					draftChanged();
				}
			}
		});
		ColumnViewerToolTipSupport.enableFor(tree.viewer());
		actions = new PlanActions(draft, tree::selected, this::draftChanged, added -> {
			tree.select(added);
			tree.viewer().editElement(draft.plan().find(added).orElseThrow(), 0);
		});
		actions.fill(toolbar);
		toolbar.update(true);
		tree.tree().addKeyListener(KeyListener.keyPressedAdapter(actions::keyPressed));
		StepDragAndDrop.install(tree.viewer(), draft, this::editable, this::draftChanged);
		var menu = new MenuManager();
		actions.fill(menu);
		tree.tree().setMenu(menu.createContextMenu(tree.tree()));
		constraints = new ConstraintsPanel(left, text -> {
			if (draft.addConstraint(text)) {
				draftChanged();
			}
		}, index -> {
			if (draft.removeConstraint(index)) {
				draftChanged();
			}
		});
		tabs = new CTabFolder(sash, SWT.BORDER | SWT.TOP);
		stepPanel = new StepPanel(tabs, (id, dependencies) -> {
			if (draft.dependOn(id, dependencies)) {
				draftChanged();
			} else {
				header.tell(Messages.Editor_cycle);
				refresh();
			}
		}, callId -> TimelineView.open(getSite().getPage(), input().session(), input().task(), "call:" + callId), stepUndo(parent));
		revisions = new RevisionsPanel(tabs);
		graph = new GraphCanvas(tabs, id -> tree.select(id));
		tab(Messages.Tab_step, stepPanel.control());
		tab(Messages.Tab_revisions, revisions.control());
		tab(Messages.Tab_graph, graph.control());
		tabs.setSelection(0);
		sash.setWeights(58, 42);
		tree.onSelection(selected -> refreshSelection());
		var bars = getEditorSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), actions.undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), actions.redo);
		bars.updateActionBars();
		feed = new TaskFeed(agent, parent.getDisplay(), input().session(), input().task(), new TaskFeed.Listener() {
			@Override
			public void changed(TaskLog log, boolean isRunning) {
				taskChanged(log, isRunning);
			}

			@Override
			public void failed(String message) {
				header.tell(NLS.bind(Messages.Editor_loadFailed, message));
			}
		});
		refresh();
	}

	private void tab(String title, Control control) {
		var item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(control);
	}

	private void taskChanged(TaskLog log, boolean isRunning) {
		if (tree.tree().isDisposed()) {
			return;
		}
		running = isRunning;
		events = log.events();
		snapshot = log.snapshot();
		if (snapshot.isEmpty()) {
			header.tell(Messages.Editor_noTask);
			return;
		}
		// Revisions are taken in one by one, even when several arrive at once: the user's own saved revision
		// makes the draft clean, and only an agent's revision over unsaved edits is a conflict.
		var all = snapshot.get().revisions();
		for (int i = revisionsSeen; i < all.size(); i++) {
			var revision = all.get(i);
			draft.knowIds(revision.plan());
			if (draft.isDirty() && revision.author() == PlanAuthor.AGENT) {
				header.tell(NLS.bind(Messages.Editor_conflict, revision.number()));
			}
			draft.follow(revision.plan());
		}
		revisionsSeen = all.size();
		draft.follow(snapshot.get().plan());
		refresh();
	}

	private void draftChanged() {
		refresh();
	}

	private void refresh() {
		tree.show(draft.plan());
		snapshot.ifPresent(current -> header.show(current, running, reviewQuestion().isPresent(), draft.isDirty()));
		if (snapshot.isPresent() && !running && !snapshot.get().hasEnded()) {
			header.tell(Messages.Editor_notRunning);
		} else if (snapshot.map(TaskSnapshot::hasEnded).orElse(false)) {
			header.tell(Messages.Editor_ended);
		}
		constraints.show(draft.plan().constraints(), editable());
		revisions.show(snapshot.map(TaskSnapshot::revisions).orElse(List.of()));
		refreshSelection();
		if (wasDirty != draft.isDirty()) {
			wasDirty = draft.isDirty();
			firePropertyChange(PROP_DIRTY);
		}
	}

	private void refreshSelection() {
		var selected = tree.selected();
		stepPanel.show(selected, draft.plan(), events, editable());
		graph.show(draft.plan(), selected.map(Step::id));
		actions.update(editable());
	}

	/** Whether the plan can still take a revision: the task runs and nothing is on its way. */
	boolean editable() {
		return running && !sender.busy() && snapshot.map(TaskSnapshot::hasPlan).orElse(false);
	}

	private Optional<dev.piassistant.core.QuestionId> reviewQuestion() {
		return snapshot.flatMap(TaskSnapshot::open).filter(PlanReviewRequested.class::isInstance).map(question -> question.question());
	}

	private void send(boolean approve) {
		var question = approve ? reviewQuestion() : Optional.<dev.piassistant.core.QuestionId>empty();
		if (approve && question.isEmpty() || !approve && !draft.isDirty()) {
			return;
		}
		var plan = draft.isDirty() ? Optional.of(draft.plan()) : Optional.<dev.piassistant.core.plan.Plan>empty();
		sender.send(input().task(), plan, header.takeReason(), question);
		refresh();
	}

	private void sent(Optional<String> problem) {
		if (tree.tree().isDisposed()) {
			return;
		}
		problem.ifPresent(text -> header.tell(NLS.bind(Messages.Editor_sendFailed, text)));
		refresh();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		send(false);
	}

	@Override
	public void doSaveAs() {
		// Revisions have no other place to go.
	}

	@Override
	public boolean isDirty() {
		return draft.isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		if (tree != null) {
			tree.tree().setFocus();
		}
	}

	@Override
	public void dispose() {
		if (feed != null) {
			feed.dispose();
		}
		super.dispose();
	}

	// For tests: the parts a user works with.

	PlanDraft draft() {
		return draft;
	}

	StepTree tree() {
		return tree;
	}

	PlanActions actions() {
		return actions;
	}

	PlanHeader header() {
		return header;
	}

	RevisionsPanel revisions() {
		return revisions;
	}

	/** Undo Step where checkpoints are kept (the tools bundle keeps them); absent otherwise. */
	private Optional<Consumer<StepId>> stepUndo(Composite parent) {
		return Services.get(Checkpoints.class).map(checkpoints -> {
			var undo = new Undo(checkpoints, parent.getDisplay(), Undo.dialog(parent.getShell()), text -> stepPanel.tellUndo(text));
			return step -> undo.undo(NLS.bind(Messages.Undo_what, step), new UndoTarget.Step(input().task(), step));
		});
	}

	StepPanel stepPanel() {
		return stepPanel;
	}

	GraphCanvas graph() {
		return graph;
	}

	ConstraintsPanel constraints() {
		return constraints;
	}

	CTabFolder tabs() {
		return tabs;
	}

	Optional<TaskSnapshot> snapshot() {
		return snapshot;
	}

	void selectStep(StepId id) {
		tree.select(id);
	}
}
