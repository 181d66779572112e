package dev.piassistant.ui.diff.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.piassistant.core.change.HunkState;

/**
 * Keys for the inline review: go to the next or previous undecided hunk, accept or reject the one at the caret.
 * Which of the four is given after the class name in plugin.xml.
 */
public final class HunkHandler extends AbstractHandler implements IExecutableExtension {

	private String action = "next";

	@Override
	public void setInitializationData(IConfigurationElement config, String property, Object data) {
		if (data instanceof String name) {
			action = name;
		}
	}

	@Override
	public Object execute(ExecutionEvent event) {
		var editor = HandlerUtil.getActiveEditor(event) == null ? null
				: HandlerUtil.getActiveEditor(event).getAdapter(ITextEditor.class);
		if (editor == null) {
			return null;
		}
		var reviews = InlineReviews.get().in(editor);
		if (reviews.isEmpty()) {
			return null;
		}
		var review = reviews.get(0);
		var caret = editor.getSelectionProvider().getSelection() instanceof ITextSelection text ? text.getOffset() : 0;
		switch (action) {
		case "accept" -> review.at(caret).filter(hunk -> hunk.state() == HunkState.PENDING)
				.ifPresent(hunk -> review.review().accept(hunk.ref()));
		case "reject" -> review.at(caret).ifPresent(hunk -> review.review().reject(hunk.ref(), ""));
		default -> review.near(caret, !"previous".equals(action))
				.ifPresent(hunk -> editor.selectAndReveal(hunk.offset(), 0));
		}
		return null;
	}
}
