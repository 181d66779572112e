package dev.piassistant.ui.training.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

import dev.piassistant.core.training.EpochMetrics;

/** One row per epoch of the selected run, the newest at the top; the best checkpoint is marked. */
final class EpochTable {

	private final TableViewer viewer;

	EpochTable(Composite parent) {
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Columns.add(viewer, EpochMetrics.class, Messages.Column_Epoch, 50, epoch -> Integer.toString(epoch.epoch()));
		Columns.add(viewer, EpochMetrics.class, Messages.Column_TrainLoss, 80, epoch -> Formats.number(epoch.trainLoss()));
		Columns.add(viewer, EpochMetrics.class, Messages.Column_ValidationLoss, 95, epoch -> Formats.number(epoch.validationLoss()));
		Columns.add(viewer, EpochMetrics.class, Messages.Column_Metric, 90,
				epoch -> Formats.number(epoch.accuracy() != null ? epoch.accuracy() : epoch.r2()));
		Columns.add(viewer, EpochMetrics.class, Messages.Column_MacroF1, 70, epoch -> Formats.number(epoch.macroF1()));
		Columns.add(viewer, EpochMetrics.class, Messages.Column_Rate, 85, epoch -> Formats.rate(epoch.learningRate()));
		Columns.add(viewer, EpochMetrics.class, Messages.Column_Millis, 45, epoch -> Long.toString(epoch.millis()));
		Columns.add(viewer, EpochMetrics.class, Messages.Column_Best, 80, epoch -> epoch.best() ? Messages.Best : "");
	}

	void show(List<EpochMetrics> epochs) {
		// The newest first: a live run adds its rows at the top, where they are seen.
		var newestFirst = new ArrayList<>(epochs);
		Collections.reverse(newestFirst);
		viewer.setInput(newestFirst);
	}

	Table table() {
		return viewer.getTable();
	}
}
