package dev.piassistant.ui.training.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

import dev.piassistant.core.training.RunId;
import dev.piassistant.core.training.RunSummary;

/** The runs, newest first, side by side: the comparison table. */
final class RunsTable {

	private final TableViewer viewer;
	/** Epochs of running runs as they end, ahead of the summaries, which the service sends less often. */
	private final Map<RunId, Integer> live = new HashMap<>();

	RunsTable(Composite parent, Consumer<@Nullable RunSummary> selected) {
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Columns.add(viewer, RunSummary.class, Messages.Column_Name, 160, RunSummary::name);
		Columns.add(viewer, RunSummary.class, Messages.Column_State, 90, run -> Formats.state(run.state()));
		Columns.add(viewer, RunSummary.class, Messages.Column_Task, 140, run -> Formats.task(run.taskType()));
		Columns.add(viewer, RunSummary.class, Messages.Column_Epochs, 80,
				run -> Math.max(run.epochs(), live.getOrDefault(run.id(), 0)) + " / " + run.hyperparameters().maxEpochs());
		Columns.add(viewer, RunSummary.class, Messages.Column_Test, 170, run -> Formats.score(run.test()));
		Columns.add(viewer, RunSummary.class, Messages.Column_Rows, 60, run -> Integer.toString(run.data().rows()));
		Columns.add(viewer, RunSummary.class, Messages.Column_Device, 60, run -> run.device().id());
		Columns.add(viewer, RunSummary.class, Messages.Column_Started, 130, Formats::time);
		viewer.addSelectionChangedListener(event -> {
			var first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			selected.accept(first instanceof RunSummary run ? run : null);
		});
	}

	void show(List<RunSummary> runs) {
		viewer.setInput(runs);
	}

	/** Replaces the run's row (or adds it first); returns whether the row is new. */
	boolean update(RunSummary run) {
		var table = viewer.getTable();
		for (int row = 0; row < table.getItemCount(); row++) {
			if (viewer.getElementAt(row) instanceof RunSummary shown && shown.id().equals(run.id())) {
				viewer.replace(run, row);
				return false;
			}
		}
		viewer.insert(run, 0);
		return true;
	}

	/** A run finished this epoch. */
	void progress(RunId run, int epoch) {
		live.merge(run, epoch, Math::max);
		var table = viewer.getTable();
		for (int row = 0; row < table.getItemCount(); row++) {
			if (viewer.getElementAt(row) instanceof RunSummary shown && shown.id().equals(run)) {
				viewer.update(shown, null);
				return;
			}
		}
	}

	void select(RunId run) {
		var table = viewer.getTable();
		for (int row = 0; row < table.getItemCount(); row++) {
			if (viewer.getElementAt(row) instanceof RunSummary shown && shown.id().equals(run)) {
				viewer.setSelection(new StructuredSelection(shown), true);
				return;
			}
		}
	}

	Table table() {
		return viewer.getTable();
	}
}
