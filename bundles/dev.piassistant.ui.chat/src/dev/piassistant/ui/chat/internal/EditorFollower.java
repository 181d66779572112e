package dev.piassistant.ui.chat.internal;

import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Keeps the composer's editor chips on the editor the user works in: its file when it comes to the front,
 * its selection as it changes (after the platform's short delay, so not on every keystroke), none once the
 * last editor closed.
 */
final class EditorFollower implements IPartListener2, ISelectionListener {

	private final IWorkbenchPage page;
	private final ContextChips chips;

	private EditorFollower(IWorkbenchPage page, ContextChips chips) {
		this.page = page;
		this.chips = chips;
	}

	/** Follows the page's editors until the chips are disposed. */
	static EditorFollower follow(IWorkbenchPage page, ContextChips chips) {
		var follower = new EditorFollower(page, chips);
		page.addPartListener(follower);
		page.addPostSelectionListener(follower);
		chips.onDispose(() -> {
			page.removePartListener(follower);
			page.removePostSelectionListener(follower);
		});
		follower.update();
		return follower;
	}

	/** Reads the active editor again (before sending, so the file is sent as it is now). */
	void update() {
		var editor = EditorContext.textEditor(page.getActiveEditor());
		chips.offer(editor.map(EditorContext::of).orElse(List.of()));
		chips.suggestProblems(editor.flatMap(EditorContext::file).flatMap(ProblemContext::of));
	}

	/** An editor came to the front, or the user turned to the chat: its chips show the editor as it is now. */
	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		update();
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof IEditorPart) {
			update();
		}
	}

	@Override
	public void partInputChanged(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof IEditorPart) {
			update();
		}
	}

	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part instanceof IEditorPart && part == page.getActiveEditor()) {
			update();
		}
	}
}
