package dev.piassistant.ui.plan.internal.editor;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;

import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepFlag;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.plan.StepState;
import dev.piassistant.ui.plan.internal.Messages;
import dev.piassistant.ui.plan.internal.Palette;

/**
 * The plan's steps as a tree with columns: the step (its state's marker, the running one in bold, failed ones
 * in red, skipped ones muted), what it should achieve, its state, the user's flags and its tool calls. Text
 * and expectation are edited in place (F2, or a double click).
 */
final class StepTree {

	/** What the tree asks of the editor. */
	interface Edits {
		boolean canEdit(Step step);

		void edit(Step step, String description, String expected);
	}

	private final TreeViewer viewer;
	private final Edits edits;

	StepTree(Composite parent, Edits edits) {
		this.edits = edits;
		viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		var tree = viewer.getTree();
		tree.setHeaderVisible(true);
		tree.setLinesVisible(false);
		tree.getAccessible();
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 200).applyTo(tree);
		viewer.setContentProvider(new Content());
		viewer.setComparer(new ById());
		viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
		column(Messages.Column_step, 300, new StepLabels(true), true);
		column(Messages.Column_expected, 220, new StepLabels(false), false);
		column(Messages.Column_state, 80, labels(step -> Messages.of("State_", step.state())), null);
		column(Messages.Column_flags, 110, labels(StepTree::flags), null);
		column(Messages.Column_calls, 60, labels(step -> step.toolCalls().isEmpty() ? "" : String.valueOf(step.toolCalls().size())), null);
		TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| (event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2);
			}
		}, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
	}

	private void column(String title, int width, ColumnLabelProvider labels, @Nullable Boolean description) {
		var column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(labels);
		if (description != null) {
			column.setEditingSupport(new StepEditing(viewer, description, edits));
		}
	}

	private static ColumnLabelProvider labels(java.util.function.Function<Step, String> text) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Step) element);
			}
		};
	}

	private static String flags(Step step) {
		var skip = step.has(StepFlag.SKIP) ? Messages.Flag_SKIP : "";
		var ask = step.has(StepFlag.ASK_FIRST) ? Messages.Flag_ASK_FIRST : "";
		return skip.isEmpty() || ask.isEmpty() ? skip + ask : skip + ", " + ask;
	}

	Tree tree() {
		return viewer.getTree();
	}

	TreeViewer viewer() {
		return viewer;
	}

	/** Shows a plan, keeping the selected step selected. */
	void show(Plan plan) {
		if (plan.equals(viewer.getInput())) {
			return;
		}
		var selected = selected().map(Step::id);
		viewer.getTree().setRedraw(false);
		try {
			viewer.setInput(plan);
			viewer.expandAll();
			selected.flatMap(plan::find).ifPresent(step -> viewer.setSelection(new StructuredSelection(step), true));
		} finally {
			viewer.getTree().setRedraw(true);
		}
	}

	Optional<Step> selected() {
		var selection = (IStructuredSelection) viewer.getSelection();
		return selection.getFirstElement() instanceof Step step ? Optional.of(step) : Optional.empty();
	}

	void select(StepId id) {
		var plan = (Plan) viewer.getInput();
		if (plan != null) {
			plan.find(id).ifPresent(step -> viewer.setSelection(new StructuredSelection(step), true));
		}
	}

	void onSelection(Consumer<Optional<Step>> listener) {
		viewer.addSelectionChangedListener(event -> listener.accept(selected()));
	}

	/** Steps are the same element across plans when their ids are. */
	private static final class ById implements IElementComparer {
		@Override
		public boolean equals(Object a, Object b) {
			return a instanceof Step one && b instanceof Step two ? one.id().equals(two.id()) : a.equals(b);
		}

		@Override
		public int hashCode(Object element) {
			return element instanceof Step step ? step.id().hashCode() : element.hashCode();
		}
	}

	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((Plan) input).steps().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((Step) parent).children().toArray();
		}

		@Override
		public @Nullable Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((Step) element).isLeaf();
		}
	}

	/** A step's text with its state marker, or its expectation; styled by state. */
	private final class StepLabels extends ColumnLabelProvider {

		private final boolean description;

		StepLabels(boolean description) {
			this.description = description;
		}

		@Override
		public String getText(Object element) {
			var step = (Step) element;
			return description ? StateMarkers.of(step.state()) + "  " + step.description() : step.expected();
		}

		@Override
		public String getToolTipText(Object element) {
			var step = (Step) element;
			return NLS.bind(Messages.Step_tooltip, new Object[] { step.id(), Messages.of("State_", step.state()), step.expected() });
		}

		@Override
		public @Nullable Font getFont(Object element) {
			return ((Step) element).state() == StepState.RUNNING && description ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT)
					: null;
		}

		@Override
		public @Nullable Color getForeground(Object element) {
			var state = ((Step) element).state();
			var palette = new Palette(viewer.getTree());
			if (state == StepState.FAILED) {
				return palette.problem();
			}
			if (state == StepState.SKIPPED || ((Step) element).has(StepFlag.SKIP)) {
				return palette.muted();
			}
			return state == StepState.RUNNING && description ? palette.active() : null;
		}
	}
}
