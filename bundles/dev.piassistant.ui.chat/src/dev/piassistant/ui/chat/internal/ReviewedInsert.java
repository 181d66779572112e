package dev.piassistant.ui.chat.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditorExtension2;

import dev.piassistant.core.ChangeSetId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.change.ChangeReviewService;
import dev.piassistant.core.change.ChangeSet;
import dev.piassistant.core.change.HunkState;
import dev.piassistant.core.change.ReviewOutcome;
import dev.piassistant.core.tool.ToolContext;
import dev.piassistant.ui.Services;

/**
 * Insert at Cursor through the diff reviewer: a code block is proposed as a change set of one hunk at the active
 * editor's cursor (or selection), reviewed inline like every change of the agent's, and lands on the editor's undo
 * history as one change when accepted. The change is proposed against the editor's document, unsaved typing
 * included, and typing in its lines meanwhile makes it stale instead of being overwritten. Without the reviewer
 * installed, or for a file of a project kept outside the workspace folder, the code goes straight in
 * ({@link EditorInsert}).
 */
final class ReviewedInsert {

	static final String CALL_ID = "insert-at-cursor";

	private ReviewedInsert() {
	}

	/** Proposes the code; {@code tell} hears what to tell the user, now and when the review ends (on the UI thread). */
	static void insert(String code, SessionId session, Display display, Consumer<String> tell) {
		var service = Services.get(ChangeReviewService.class);
		var found = EditorContext.activeEditor();
		if (service.isEmpty() || found.flatMap(EditorContext::file).filter(ReviewedInsert::underWorkspace).isEmpty()) {
			EditorInsert.insert(code).ifPresent(tell);
			return;
		}
		var editor = found.get(); // present: without one, EditorInsert told the user above
		var name = editor.getEditorInput().getName();
		if (!editor.isEditable() || editor instanceof ITextEditorExtension2 checked && !checked.validateEditorInputState()) {
			tell.accept(NLS.bind(Messages.InsertReadOnly, name));
			return;
		}
		var document = EditorContext.document(editor);
		var file = EditorContext.file(editor);
		if (document == null || file.isEmpty()
				|| !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			tell.accept(Messages.InsertNoEditor);
			return;
		}
		InsertHunk hunk;
		try {
			hunk = InsertHunk.of(file.get().getFullPath().makeRelative().toString(), document, selection.getOffset(),
					selection.getLength(), code);
		} catch (BadLocationException e) {
			tell.accept(NLS.bind(Messages.InsertFailed, e.getMessage()));
			return;
		}
		var changes = new ChangeSet(ChangeSetId.random(), session, TaskId.random(), CALL_ID, Messages.InsertDescription,
				List.of(hunk.change()));
		editor.selectAndReveal(hunk.offset(), 0); // where the review's Accept key acts
		tell.accept(NLS.bind(Messages.InsertProposed, hunk.lines(), name));
		new Reviewing(service.get(), changes, outcome -> {
			if (!display.isDisposed()) {
				display.asyncExec(() -> tell.accept(result(outcome, hunk.lines(), name)));
			}
		}).schedule();
	}

	/**
	 * Whether the file lies where its workspace path points under the workspace folder, which is how change sets
	 * name files (a project kept elsewhere is not).
	 */
	private static boolean underWorkspace(IFile file) {
		var root = ResourcesPlugin.getWorkspace().getRoot().getLocation();
		return root != null && root.append(file.getFullPath()).equals(file.getLocation());
	}

	private static String result(ReviewOutcome outcome, long lines, String name) {
		if (outcome.count(HunkState.APPLIED) + outcome.count(HunkState.MERGED) > 0) {
			return NLS.bind(Messages.Inserted, lines, name);
		}
		return outcome.count(HunkState.REJECTED) > 0 ? NLS.bind(Messages.InsertRejected, name)
				: NLS.bind(Messages.InsertNotApplied, name);
	}

	/** Waits for the user's decision off the UI thread, as the agent's edit tools do. */
	private static final class Reviewing extends Job implements ToolContext {

		private final ChangeReviewService service;
		private final ChangeSet changes;
		private final Consumer<ReviewOutcome> done;
		private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();
		private volatile boolean cancelled;

		Reviewing(ChangeReviewService service, ChangeSet changes, Consumer<ReviewOutcome> done) {
			super(Messages.InsertDescription);
			this.service = service;
			this.changes = changes;
			this.done = done;
			setSystem(true);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			try {
				done.accept(service.review(changes, this));
				return Status.OK_STATUS;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Status.CANCEL_STATUS;
			} catch (RuntimeException e) {
				return Status.error(NLS.bind(Messages.InsertFailed, e.getMessage()), e);
			}
		}

		@Override
		protected void canceling() {
			cancelled = true;
			onCancel.forEach(Runnable::run);
		}

		@Override
		public SessionId session() {
			return changes.session();
		}

		@Override
		public TaskId task() {
			return changes.task();
		}

		@Override
		public Path workspace() {
			return ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath();
		}

		@Override
		public boolean isCancelled() {
			return cancelled;
		}

		@Override
		public void onCancel(Runnable action) {
			onCancel.add(action);
			if (cancelled) {
				action.run();
			}
		}

		@Override
		public void progress(String message) {
			// nothing to show: the review is in the editor
		}
	}
}
