package dev.piassistant.ui.training.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.training.EpochMetrics;
import dev.piassistant.core.training.RunSummary;

/** The line under the curves: where the run is, early stopping, checkpoints, the device and memory. */
final class StatusLine {

	private static final long MB = 1024 * 1024;

	private StatusLine() {
	}

	static String of(RunSummary run, List<EpochMetrics> epochs, int checkpoints) {
		// Live epochs may be ahead of the summary, which the store updates less often.
		var last = epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
		int done = Math.max(run.epochs(), last == null ? 0 : last.epoch());
		int sinceBest = last == null ? 0 : last.sinceBest();
		int best = Math.max(run.bestEpoch(), last == null ? 0 : last.epoch() - last.sinceBest());
		var memory = Runtime.getRuntime();
		var text = NLS.bind(Messages.Status_Run, new Object[] { run.name(), Formats.state(run.state()), done,
				run.hyperparameters().maxEpochs(), best, sinceBest, run.hyperparameters().patience(), checkpoints,
				run.device().id(), (memory.totalMemory() - memory.freeMemory()) / MB, memory.maxMemory() / MB });
		if (run.stoppedEarly()) {
			text += "; " + Messages.Status_StoppedEarly;
		}
		if (run.test() != null) {
			text += "\n" + NLS.bind(Messages.Status_Test, Formats.score(run.test()));
		}
		if (run.problem() != null) {
			text += "\n" + NLS.bind(Messages.Status_Problem, run.problem());
		}
		return text;
	}
}
