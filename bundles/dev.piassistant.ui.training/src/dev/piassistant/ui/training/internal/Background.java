package dev.piassistant.ui.training.internal;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * Work of the dashboard off the UI thread: reading the store, starting and deploying runs. The result goes
 * back to the UI thread unless the dashboard was closed meanwhile; a failure goes to {@code failed} there.
 */
final class Background {

	private Background() {
	}

	static <T> void run(String name, boolean shown, Control owner, Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
		var display = owner.getDisplay();
		var job = Job.create(name, monitor -> {
			try {
				var result = work.get();
				display.asyncExec(() -> {
					if (!owner.isDisposed()) {
						done.accept(result);
					}
				});
			} catch (RuntimeException e) {
				display.asyncExec(() -> {
					if (!owner.isDisposed()) {
						failed.accept(e);
					}
				});
			}
			return Status.OK_STATUS;
		});
		// Reads are quick and belong to the view; starting a run and deploying show in the Progress view.
		job.setSystem(!shown);
		job.schedule();
	}
}
