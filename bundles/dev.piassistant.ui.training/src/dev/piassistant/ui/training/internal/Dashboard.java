package dev.piassistant.ui.training.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.piassistant.core.inference.EngineStatus;
import dev.piassistant.core.training.EpochMetrics;
import dev.piassistant.core.training.RunId;
import dev.piassistant.core.training.RunState;
import dev.piassistant.core.training.RunSummary;
import dev.piassistant.core.training.TrainingListener;
import dev.piassistant.core.training.TrainingRequest;
import dev.piassistant.core.training.TrainingService;

/**
 * The Training dashboard: the runs compared in a table; for the selected one its curves and epochs, live
 * while it trains, and a status line with its early-stopping count, checkpoints, device and memory; buttons
 * to start, stop, resume and deploy. Events of the service arrive on the training job's thread and are
 * handed to the UI thread.
 */
public final class Dashboard implements TrainingListener {

	private static final String NAME = "[a-z][a-z0-9_]*";

	private final TrainingService service;
	private final Composite root;
	private final Button newRun;
	private final Button stop;
	private final Button resume;
	private final Button deploy;
	private final RunsTable runs;
	private final ChartCanvas chart;
	private final EpochTable epochTable;
	private final Label status;
	private final Label engineNote;
	/** Whether the engine runs: asking may start it, which takes seconds the first time, so it is asked off the UI thread. */
	private @Nullable EngineStatus engine;
	private final Map<Integer, EpochMetrics> epochs = new TreeMap<>();
	private @Nullable RunSummary selected;
	private int checkpoints;

	Dashboard(Composite parent, TrainingService service) {
		this.service = service;
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(root);
		var bar = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		newRun = button(bar, Messages.NewRun, Messages.NewRunTooltip);
		stop = button(bar, Messages.Stop, Messages.StopTooltip);
		resume = button(bar, Messages.Resume, Messages.ResumeTooltip);
		deploy = button(bar, Messages.Deploy, Messages.DeployTooltip);
		engineNote = new Label(bar, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(engineNote);
		newRun.setEnabled(false);

		var split = new SashForm(root, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(split);
		runs = new RunsTable(split, this::select);
		var lower = new SashForm(split, SWT.HORIZONTAL);
		chart = new ChartCanvas(lower);
		epochTable = new EpochTable(lower);
		lower.setWeights(3, 2);
		split.setWeights(1, 3);
		status = new Label(root, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

		newRun.addListener(SWT.Selection, event -> openNewRun());
		stop.addListener(SWT.Selection, event -> stopSelected());
		resume.addListener(SWT.Selection, event -> resumeSelected());
		deploy.addListener(SWT.Selection, event -> deploySelected());
		service.addListener(this);
		root.addDisposeListener(event -> service.removeListener(this));
		Background.run(Messages.JobLoad, false, root, service::engine, this::engineKnown, this::failed);
		reload();
		update();
	}

	private void engineKnown(EngineStatus status) {
		engine = status;
		engineNote.setText(engineText(status));
		newRun.setEnabled(status.isReady());
		engineNote.getParent().layout();
		update();
	}

	private static Button button(Composite bar, String text, String tooltip) {
		var button = new Button(bar, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tooltip);
		return button;
	}

	private static String engineText(EngineStatus engine) {
		if (engine instanceof EngineStatus.NotInstalled) {
			return Messages.EngineMissing;
		}
		if (engine instanceof EngineStatus.Failed failed) {
			return NLS.bind(Messages.EngineFailed, failed.detail());
		}
		return "";
	}

	private void reload() {
		Background.run(Messages.JobLoad, false, root, service::runs, runs::show, this::failed);
	}

	private void select(@Nullable RunSummary run) {
		var before = selected;
		selected = run;
		if (run == null || before == null || !before.id().equals(run.id())) {
			epochs.clear();
			checkpoints = 0;
			if (run != null) {
				Background.run(Messages.JobLoad, false, root, () -> new Loaded(service.epochs(run.id()), service.checkpoints(run.id()).size()),
						loaded -> loaded(run.id(), loaded), this::failed);
			}
		}
		update();
	}

	private record Loaded(List<EpochMetrics> epochs, int checkpoints) {
	}

	/** Merges what the store holds with the epochs that arrived live meanwhile. */
	private void loaded(RunId run, Loaded loaded) {
		if (selected == null || !selected.id().equals(run)) {
			return;
		}
		loaded.epochs().forEach(epoch -> epochs.putIfAbsent(epoch.epoch(), epoch));
		checkpoints = Math.max(checkpoints, loaded.checkpoints());
		update();
	}

	@Override
	public void onRun(RunSummary run) {
		asyncExec(() -> {
			runs.update(run);
			if (selected != null && selected.id().equals(run.id())) {
				selected = run;
				update();
			}
		});
	}

	@Override
	public void onEpoch(RunId run, EpochMetrics epoch) {
		asyncExec(() -> {
			runs.progress(run, epoch.epoch());
			if (selected != null && selected.id().equals(run)) {
				epochs.put(epoch.epoch(), epoch);
				checkpoints++;
				update();
			}
		});
	}

	private void asyncExec(Runnable update) {
		if (!root.isDisposed()) {
			root.getDisplay().asyncExec(() -> {
				if (!root.isDisposed()) {
					update.run();
				}
			});
		}
	}

	private void update() {
		var run = selected;
		var list = new ArrayList<>(epochs.values());
		chart.show(list);
		epochTable.show(list);
		stop.setEnabled(run != null && run.state() == RunState.RUNNING);
		resume.setEnabled(run != null && run.state() == RunState.INTERRUPTED && engine != null && engine.isReady());
		deploy.setEnabled(run != null && run.state().isDeployable());
		status.setText(run == null ? Messages.Status_None : StatusLine.of(run, list, checkpoints));
		root.layout(new org.eclipse.swt.widgets.Control[] { status });
	}

	/** Starts a run in the background and selects it once it runs. */
	public void start(TrainingRequest request) {
		Background.run(NLS.bind(Messages.JobStart, request.name()), true, root, () -> service.start(request), run -> {
			runs.update(run);
			runs.select(run.id());
			select(run);
		}, error -> MessageDialog.openError(root.getShell(), Messages.StartFailed, error.getMessage()));
	}

	private void openNewRun() {
		var dialog = new StartRunDialog(root.getShell(), service);
		if (dialog.open() == Window.OK && dialog.request() != null) {
			start(dialog.request());
		}
	}

	private void stopSelected() {
		var run = selected;
		if (run != null) {
			stop.setEnabled(false);
			service.stop(run.id()); // only raises a flag the run's job reads between batches
		}
	}

	private void resumeSelected() {
		var run = selected;
		if (run != null) {
			Background.run(NLS.bind(Messages.JobStart, run.name()), true, root, () -> service.resume(run.id()), resumed -> {
				runs.update(resumed);
				select(resumed);
			}, error -> MessageDialog.openError(root.getShell(), Messages.StartFailed, error.getMessage()));
		}
	}

	private void deploySelected() {
		var run = selected;
		if (run == null) {
			return;
		}
		var suggested = run.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		var dialog = new InputDialog(root.getShell(), Messages.DeployTitle, Messages.DeployMessage, suggested,
				text -> text.matches(NAME) ? null : Messages.DeployInvalid);
		if (dialog.open() != Window.OK) {
			return;
		}
		var name = dialog.getValue();
		Background.run(NLS.bind(Messages.JobDeploy, name), true, root, () -> service.deploy(run.id(), name),
				model -> MessageDialog.openInformation(root.getShell(), Messages.DeployTitle,
						NLS.bind(Messages.Deployed, new Object[] { model.toolName(), model.version(), model.card() })),
				error -> MessageDialog.openError(root.getShell(), Messages.DeployFailed, error.getMessage()));
	}

	private void failed(RuntimeException error) {
		status.setText(NLS.bind(Messages.Status_Problem, error.getMessage()));
	}

	Composite control() {
		return root;
	}

	// What the dashboard shows, read by its UI test.

	@Nullable
	RunSummary selected() {
		return selected;
	}

	int chartPoints() {
		return chart.points();
	}

	int epochRows() {
		return epochTable.table().getItemCount();
	}

	Button newRunButton() {
		return newRun;
	}

	Button stopButton() {
		return stop;
	}

	String statusText() {
		return status.getText();
	}

	RunsTable runsTable() {
		return runs;
	}
}
