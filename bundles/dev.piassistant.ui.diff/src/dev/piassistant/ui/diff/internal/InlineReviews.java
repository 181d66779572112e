package dev.piassistant.ui.diff.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.piassistant.core.change.ChangeKind;
import dev.piassistant.core.change.ChangeReview;
import dev.piassistant.core.change.ChangeReviewService;
import dev.piassistant.core.change.FileChange;
import dev.piassistant.core.change.HunkRef;
import dev.piassistant.core.change.HunkState;
import dev.piassistant.ui.Services;

/**
 * The reviews shown in editors now, one {@link EditorReview} per changed file, kept in step with the review service.
 * Lives on the display thread.
 */
public final class InlineReviews {

	private static final InlineReviews INSTANCE = new InlineReviews();

	private final Map<ChangeReview, List<EditorReview>> shown = new LinkedHashMap<>();
	private boolean listening;

	private InlineReviews() {
	}

	public static InlineReviews get() {
		return INSTANCE;
	}

	/** Opens the review's files in editors with their hunks; files created, deleted or moved are asked about. */
	void show(ChangeReview review) {
		listen();
		if (review.isEnded() || shown.containsKey(review)) {
			return;
		}
		var editors = new ArrayList<EditorReview>();
		shown.put(review, editors);
		for (var file : review.changes().files()) {
			if (file.kind() == ChangeKind.MODIFY) {
				try {
					editors.add(EditorReview.open(review, file.path()));
				} catch (RuntimeException | org.eclipse.core.runtime.CoreException e) {
					ILog.of(getClass()).error(NLS.bind(Messages.CannotOpen, file.path(), e.getMessage()), e);
				}
			}
		}
		for (var file : review.changes().files()) {
			if (file.kind() != ChangeKind.MODIFY) {
				ask(review, file);
			}
		}
	}

	/** A file the change creates, deletes or moves: one decision for it, asked in a dialog. */
	private static void ask(ChangeReview review, FileChange file) {
		var ref = new HunkRef(file.path(), 0);
		if (review.isEnded() || review.hunks(file.path()).stream().allMatch(hunk -> hunk.state().isDecided())) {
			return;
		}
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		var shell = window == null ? Display.getCurrent().getActiveShell() : window.getShell();
		var question = Operations.question(file);
		var stale = review.hunks(file.path()).stream().anyMatch(hunk -> hunk.state() == HunkState.STALE);
		if (!stale && MessageDialog.openQuestion(shell, Messages.OperationTitle, question)) {
			review.accept(ref);
		} else if (!review.isEnded()) {
			review.reject(ref, "");
		}
	}

	private void listen() {
		if (listening) {
			return;
		}
		Services.get(ChangeReviewService.class).ifPresent(service -> {
			service.addListener(this::changed);
			listening = true;
		});
	}

	private void changed(ChangeReview review) {
		var display = PlatformUI.getWorkbench().getDisplay();
		if (display.getThread() == Thread.currentThread()) {
			refresh(review);
		} else {
			display.asyncExec(() -> refresh(review));
		}
	}

	private void refresh(ChangeReview review) {
		var editors = shown.get(review);
		if (editors == null) {
			return;
		}
		if (review.isEnded()) {
			editors.forEach(EditorReview::dispose);
			shown.remove(review);
			return;
		}
		editors.forEach(EditorReview::refresh);
	}

	/** The file reviews shown in an editor, oldest first. */
	List<EditorReview> in(ITextEditor editor) {
		return shown.values().stream().flatMap(List::stream).filter(review -> review.editor() == editor).toList();
	}

	/** Every file review shown, for tests. */
	List<EditorReview> all() {
		return shown.values().stream().flatMap(List::stream).toList();
	}
}
