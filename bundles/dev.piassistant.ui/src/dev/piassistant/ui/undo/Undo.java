package dev.piassistant.ui.undo;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import dev.piassistant.core.checkpoint.CheckpointException;
import dev.piassistant.core.checkpoint.Checkpoints;
import dev.piassistant.core.checkpoint.RestoreMode;
import dev.piassistant.core.checkpoint.RestorePreview;
import dev.piassistant.core.checkpoint.RestoreResult;
import dev.piassistant.core.checkpoint.UndoTarget;

/**
 * Puts back the files an action, a step or a task of the agent changed, from their checkpoints. What would change
 * is worked out in a job and shown to the user, who confirms (or, where they changed a file since, can only
 * choose a merge that keeps their changes); the restore runs in a job too. Only the agent's files are touched.
 */
public final class Undo {

	/** What the user chose after seeing the preview. */
	public enum Choice {
		CANCEL, RESTORE, MERGE
	}

	/** Asks the user about a preview; {@code what} names what is undone ("step s2", "this write_file"). */
	public interface Confirm {
		Choice ask(String what, RestorePreview preview);
	}

	private final Checkpoints checkpoints;
	private final Display display;
	private final Confirm confirm;
	private final Consumer<String> report;

	/**
	 * @param report hears how it went, in the user's words, on the display thread
	 */
	public Undo(Checkpoints checkpoints, Display display, Confirm confirm, Consumer<String> report) {
		this.checkpoints = checkpoints;
		this.display = display;
		this.confirm = confirm;
		this.report = report;
	}

	/** Confirms with a dialog over the shell. */
	public static Confirm dialog(Shell shell) {
		return (what, preview) -> UndoDialog.ask(shell, what, preview);
	}

	/** Undoes a target known now. */
	public void undo(String what, UndoTarget target) {
		undo(what, service -> Optional.of(target));
	}

	/** Undoes a target looked up from the checkpoints first (in the job); none found means nothing to undo. */
	public void undo(String what, Function<Checkpoints, Optional<UndoTarget>> lookup) {
		inJob(NLS.bind(Messages.Undo_previewJob, what), () -> lookup.apply(checkpoints).map(target -> new Found(target,
				checkpoints.preview(target))), found -> {
					if (found.isEmpty() || found.get().preview().isEmpty()) {
						report.accept(NLS.bind(Messages.Undo_nothing, what));
						return;
					}
					var choice = confirm.ask(what, found.get().preview());
					if (choice == Choice.CANCEL) {
						return;
					}
					var mode = choice == Choice.MERGE ? RestoreMode.MERGE : RestoreMode.STOP_ON_CONFLICT;
					var target = found.get().target();
					inJob(NLS.bind(Messages.Undo_job, what), () -> checkpoints.restore(target, mode), result -> report.accept(describe(what, result)));
				});
	}

	private record Found(UndoTarget target, RestorePreview preview) {
	}

	private static String describe(String what, RestoreResult result) {
		if (result instanceof RestoreResult.Restored restored) {
			return NLS.bind(Messages.Undo_done, what, UndoTexts.files(restored.files()));
		}
		if (result instanceof RestoreResult.Conflicts conflicts) {
			return NLS.bind(Messages.Undo_conflicts, UndoTexts.conflicts(conflicts.files()));
		}
		return NLS.bind(Messages.Undo_nothing, what);
	}

	/** A piece of checkpoint work off the UI thread; its result (or what went wrong) comes back on it. */
	private <T> void inJob(String name, Supplier<T> work, Consumer<T> then) {
		var job = Job.create(name, monitor -> {
			Runnable back;
			try {
				var result = work.get();
				back = () -> then.accept(result);
			} catch (CheckpointException e) {
				back = () -> report.accept(NLS.bind(Messages.Undo_failed, e.getMessage()));
			}
			if (!display.isDisposed()) {
				display.asyncExec(back);
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}
}
