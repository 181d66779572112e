package dev.piassistant.ui.plan.internal.editor;

import java.util.function.Consumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import dev.piassistant.core.TaskId;
import dev.piassistant.core.checkpoint.CheckpointException;
import dev.piassistant.core.checkpoint.Checkpoints;
import dev.piassistant.core.checkpoint.RestoreMode;
import dev.piassistant.core.checkpoint.RestorePreview;
import dev.piassistant.core.checkpoint.RestoreResult;
import dev.piassistant.core.checkpoint.UndoTarget;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.ui.plan.internal.Messages;

/**
 * Undo Step: puts back the files a step's actions changed, from their checkpoints. What would change is worked
 * out in a job and shown to the user, who confirms (or, where they changed a file since, chooses a merge that
 * keeps their changes); the restore runs in a job too. Only the step's files are touched.
 */
final class StepUndo {

	/** What the user chose after seeing the preview: nothing, the plain restore, or a merge. */
	enum Choice {
		CANCEL, RESTORE, MERGE
	}

	private final Checkpoints checkpoints;
	private final Display display;
	private final BiFunction<StepId, RestorePreview, Choice> confirm;
	private final Consumer<String> report;

	StepUndo(Checkpoints checkpoints, Display display, BiFunction<StepId, RestorePreview, Choice> confirm, Consumer<String> report) {
		this.checkpoints = checkpoints;
		this.display = display;
		this.confirm = confirm;
		this.report = report;
	}

	void undo(TaskId task, StepId step) {
		var target = new UndoTarget.Step(task, step);
		inJob(NLS.bind(Messages.Undo_previewJob, step), () -> checkpoints.preview(target), preview -> {
			if (preview.isEmpty()) {
				report.accept(NLS.bind(Messages.Undo_nothing, step));
				return;
			}
			var choice = confirm.apply(step, preview);
			if (choice == Choice.CANCEL) {
				return;
			}
			var mode = choice == Choice.MERGE ? RestoreMode.MERGE : RestoreMode.STOP_ON_CONFLICT;
			inJob(NLS.bind(Messages.Undo_job, step), () -> checkpoints.restore(target, mode), result -> report.accept(describe(step, result)));
		});
	}

	private static String describe(StepId step, RestoreResult result) {
		if (result instanceof RestoreResult.Restored restored) {
			return NLS.bind(Messages.Undo_done, step, UndoTexts.files(restored.files()));
		}
		if (result instanceof RestoreResult.Conflicts conflicts) {
			return NLS.bind(Messages.Undo_conflicts, UndoTexts.conflicts(conflicts.files()));
		}
		return NLS.bind(Messages.Undo_nothing, step);
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
