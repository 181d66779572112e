package dev.piassistant.training.internal;

import java.time.Instant;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.piassistant.core.inference.Device;
import dev.piassistant.core.training.EpochMetrics;
import dev.piassistant.core.training.RunState;
import dev.piassistant.core.training.RunSummary;
import dev.piassistant.core.training.TrainingService;
import dev.piassistant.inference.djl.OutOfMemory;
import dev.piassistant.inference.djl.PyTorch;
import dev.piassistant.training.internal.learn.Trainer;
import dev.piassistant.training.internal.store.RunStore;

/**
 * A run as an Eclipse job: one unit of progress per epoch, the epoch's validation figures as the sub-task,
 * cancellable from the Progress view (the run then stops and tests its best checkpoint). Each epoch's
 * metrics reach the store and the listeners before the next starts.
 */
final class RunJob extends Job {

	/** What the job reports back. */
	interface Events {
		void epoch(RunSummary run, EpochMetrics epoch);

		/** The run ended; or, with {@code fellBack}, its GPU ran out of memory and it should go on on the CPU. */
		void ended(RunSummary run, boolean fellBack);
	}

	private static final int KEEP_LAST = 2;

	private final RunPlan plan;
	private final RunStore store;
	private final Events events;
	private volatile boolean stopRequested;
	private volatile boolean interrupted;

	RunJob(RunPlan plan, RunStore store, Events events) {
		super("Training " + plan.summary().name());
		this.plan = plan;
		this.store = store;
		this.events = events;
		setUser(false);
		setPriority(LONG);
	}

	@Override
	public boolean belongsTo(Object family) {
		return TrainingService.JOB_FAMILY.equals(family);
	}

	void requestStop() {
		stopRequested = true;
	}

	/** The IDE is closing: stop and leave the run to be resumed. */
	void interrupt() {
		interrupted = true;
		cancel();
	}

	@Override
	protected void canceling() {
		stopRequested = true;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		var run = plan.summary();
		monitor.beginTask(getName(), run.hyperparameters().maxEpochs() - plan.done());
		RunState state;
		Trainer.Outcome outcome = null;
		String problem = null;
		var fellBack = false;
		try {
			var trainer = new Trainer(PyTorch.engine(), run.device(), plan.spec(), run.hyperparameters(), plan.preprocessing(),
					plan.folder().resolve(RunFolders.CHECKPOINTS));
			outcome = PyTorch.withEngineLoader(() -> train(trainer, monitor));
			state = interrupted ? RunState.INTERRUPTED : outcome.stopped() ? RunState.STOPPED : RunState.COMPLETED;
		} catch (RuntimeException e) {
			fellBack = !interrupted && run.device().isGpu() && OutOfMemory.isOutOfMemory(e);
			state = interrupted || fellBack ? RunState.INTERRUPTED : RunState.FAILED;
			problem = fellBack ? "The GPU ran out of memory (" + e.getMessage() + "); training goes on on the CPU from the last checkpoint."
					: e.getMessage() == null ? e.toString() : e.getMessage();
		} finally {
			monitor.done();
		}
		var test = outcome == null || state == RunState.INTERRUPTED ? null : outcome.test();
		store.end(run.id(), state, outcome != null && outcome.stoppedEarly(), test, problem, Instant.now());
		var ended = store.run(run.id()).orElse(run);
		events.ended(ended, fellBack);
		return state == RunState.FAILED ? Status.warning("Training " + run.name() + " failed: " + problem) : Status.OK_STATUS;
	}

	private Trainer.Outcome train(Trainer trainer, IProgressMonitor monitor) {
		try {
			return trainer.train(plan.train(), plan.validation(), plan.test(), plan.done(), plan.stopping(), plan.resume(), new Trainer.Progress() {
				@Override
				public boolean stopRequested() {
					return stopRequested || monitor.isCanceled();
				}

				@Override
				public void epoch(EpochMetrics metrics, java.nio.file.Path checkpoint) {
					store.addEpoch(plan.summary().id(), metrics);
					RunFolders.prune(plan.folder(), bestSoFar(metrics), KEEP_LAST);
					monitor.worked(1);
					monitor.subTask(dev.piassistant.training.internal.deploy.Summaries.epoch(metrics));
					events.epoch(plan.summary(), metrics);
				}
			});
		} catch (java.io.IOException | ai.djl.MalformedModelException e) {
			throw new IllegalStateException("Checkpoint of run " + plan.summary().name() + " failed: " + e.getMessage(), e);
		}
	}

	private int best;

	private int bestSoFar(EpochMetrics metrics) {
		best = metrics.best() ? metrics.epoch() : best == 0 ? plan.stopping().bestEpoch() : best;
		return best;
	}

	Device device() {
		return plan.summary().device();
	}

	RunPlan plan() {
		return plan;
	}
}
