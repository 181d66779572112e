package dev.piassistant.ui.plan.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.Step;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.ui.plan.internal.Messages;
import dev.piassistant.ui.plan.internal.Relayout;
import dev.piassistant.ui.plan.internal.model.StepLinks;

/**
 * The selected step: what it should achieve, the steps it waits for (ticked in a list, so the user can add
 * dependencies), and its tool calls with how each went and the approval it needed; Enter or a double click
 * on a call shows it on the timeline. Undo Step puts back the files the step's actions changed.
 */
final class StepPanel {

	private final Composite root;
	private final Label heading;
	private final Label expected;
	private final Table dependencies;
	private final Table calls;
	private final Button undo;
	private final Label undoResult;
	private final List<StepLinks.CallLink> shownCalls = new ArrayList<>();
	private Optional<Step> step = Optional.empty();
	private boolean filling;
	private final Optional<Consumer<StepId>> undoStep;
	private @org.eclipse.jdt.annotation.Nullable Shown shownLast;

	/** What the panel shows; drawn again only when it changes. */
	private record Shown(Optional<Step> step, Plan plan, List<StepLinks.CallLink> links, boolean editable) {
	}

	StepPanel(Composite parent, BiConsumer<StepId, List<StepId>> dependOn, Consumer<String> openCall, Optional<Consumer<StepId>> undoStep) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(4, 4).applyTo(root);
		heading = wrapping();
		heading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		expected = wrapping();
		new Label(root, SWT.NONE).setText(Messages.Panel_dependsOn);
		dependencies = new Table(root, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, 90).applyTo(dependencies);
		dependencies.addListener(SWT.Selection, event -> {
			if (event.detail == SWT.CHECK && !filling && step.isPresent()) {
				dependOn.accept(step.get().id(), checked());
			}
		});
		new Label(root, SWT.NONE).setText(Messages.Panel_calls);
		calls = new Table(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		calls.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 100).applyTo(calls);
		for (var column : List.of(Messages.Column_tool, Messages.Column_outcome, Messages.Column_took, Messages.Column_approval)) {
			var tableColumn = new TableColumn(calls, SWT.LEFT);
			tableColumn.setText(column);
			tableColumn.setWidth(column.equals(Messages.Column_approval) ? 180 : 110);
		}
		calls.addListener(SWT.DefaultSelection, event -> {
			var index = calls.getSelectionIndex();
			if (index >= 0 && index < shownCalls.size()) {
				openCall.accept(shownCalls.get(index).callId());
			}
		});
		undo = new Button(root, SWT.PUSH);
		undo.setText(Messages.Undo_button);
		undo.setToolTipText(undoStep.isPresent() ? Messages.Undo_tooltip : Messages.Undo_unavailable);
		undo.addListener(SWT.Selection, event -> step.ifPresent(current -> undoStep.ifPresent(action -> action.accept(current.id()))));
		undo.setEnabled(false);
		undoResult = wrapping();
		this.undoStep = undoStep;
	}

	/** Says how the last Undo Step went. */
	void tellUndo(String text) {
		if (undoResult.isDisposed()) {
			return;
		}
		var texts = new Relayout();
		texts.text(undoResult, text);
		texts.apply(root);
	}

	private Label wrapping() {
		var label = new Label(root, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(label);
		return label;
	}

	Composite control() {
		return root;
	}

	void show(Optional<Step> selected, Plan plan, List<AgentEvent> events, boolean editable) {
		var links = selected.map(current -> StepLinks.of(events, current.id())).orElse(List.of());
		var now = new Shown(selected, plan, links, editable);
		if (now.equals(shownLast)) {
			return;
		}
		shownLast = now;
		step = selected;
		filling = true;
		var texts = new Relayout();
		try {
			dependencies.removeAll();
			calls.removeAll();
			shownCalls.clear();
			if (selected.isEmpty()) {
				undo.setEnabled(false);
				texts.text(heading, Messages.Panel_none);
				texts.text(expected, "");
				return;
			}
			var current = selected.get();
			texts.text(heading, NLS.bind(Messages.Panel_heading, current.id(), current.description()));
			texts.text(expected, current.expected().isBlank() ? "" : NLS.bind(Messages.Panel_expected, current.expected()));
			fillDependencies(current, plan, editable);
			fillCalls(links);
			undo.setEnabled(undoStep.isPresent() && !links.isEmpty());
		} finally {
			filling = false;
			texts.apply(root);
		}
	}

	private void fillDependencies(Step current, Plan plan, boolean editable) {
		for (var other : plan.all()) {
			if (other.id().equals(current.id()) || isInside(current, other.id())) {
				continue;
			}
			var item = new TableItem(dependencies, SWT.NONE);
			item.setText(other.id() + "  " + other.description());
			item.setData(other.id());
			item.setChecked(current.dependsOn().contains(other.id()));
		}
		dependencies.setEnabled(editable);
	}

	private static boolean isInside(Step group, StepId id) {
		return group.children().stream().anyMatch(child -> child.id().equals(id) || isInside(child, id));
	}

	private void fillCalls(List<StepLinks.CallLink> links) {
		for (var link : links) {
			var item = new TableItem(calls, SWT.NONE);
			item.setText(new String[] { link.tool(), Messages.of("Entry_", link.outcome()), link.millis() == 0 ? "" : link.millis() + " ms",
					link.approval() });
			shownCalls.add(link);
		}
	}

	private List<StepId> checked() {
		var ids = new ArrayList<StepId>();
		for (var item : dependencies.getItems()) {
			if (item.getChecked()) {
				ids.add((StepId) item.getData());
			}
		}
		return ids;
	}

	Table dependencyTable() {
		return dependencies;
	}

	Button undoButton() {
		return undo;
	}

	Label undoResult() {
		return undoResult;
	}

	Table callTable() {
		return calls;
	}

	List<StepLinks.CallLink> shownCalls() {
		return List.copyOf(shownCalls);
	}
}
