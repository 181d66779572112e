package dev.piassistant.memory.internal.workspace;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dev.piassistant.core.memory.IndexMonitor;

/** An index run's progress shown in the Progress view, and the Progress view's cancel button stopping it. */
final class ProgressMonitor implements IndexMonitor {

	private final IProgressMonitor monitor;
	private final SubMonitor progress;

	ProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
		this.progress = SubMonitor.convert(monitor, "", 0);
	}

	@Override
	public void begin(String phase, int units) {
		progress.setTaskName(phase);
		progress.setWorkRemaining(units);
	}

	@Override
	public void worked(int units, String detail) {
		progress.subTask(detail);
		progress.worked(units);
	}

	@Override
	public boolean isCancelled() {
		return monitor.isCanceled();
	}
}
