package dev.piassistant.ui.chat.internal;

import java.util.Optional;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.texteditor.ITextEditorExtension2;

/**
 * Insert at Cursor: a code block goes into the active text editor in place of its selection (or at its
 * cursor) as one compound change of the editor's own undo history, so one Undo takes it out again and the
 * file is saved, or not, like any typing of the user's.
 */
final class EditorInsert {

	private EditorInsert() {
	}

	/** Code put at the start of a line ends its last line, so what stood there stays on a line of its own. */
	private static String wholeLines(IDocument document, int offset, String code) {
		try {
			var line = document.getLineOfOffset(offset);
			var atLineStart = document.getLineOffset(line) == offset;
			var delimiter = document.getLineDelimiter(line);
			return atLineStart && !code.endsWith("\n") && delimiter != null ? code + delimiter : code;
		} catch (BadLocationException e) {
			return code;
		}
	}

	/** Inserts; returns what to tell the user (what was done, or why not). */
	static Optional<String> insert(String code) {
		var found = EditorContext.activeEditor();
		if (found.isEmpty()) {
			return Optional.of(Messages.InsertNoEditor);
		}
		var editor = found.get();
		var name = editor.getEditorInput().getName();
		if (!editor.isEditable() || editor instanceof ITextEditorExtension2 checked && !checked.validateEditorInputState()) {
			return Optional.of(NLS.bind(Messages.InsertReadOnly, name));
		}
		var document = EditorContext.document(editor);
		if (document == null || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return Optional.of(Messages.InsertNoEditor);
		}
		var inserted = wholeLines(document, selection.getOffset(), code);
		var target = editor.getAdapter(IRewriteTarget.class);
		if (target != null) {
			target.beginCompoundChange();
		}
		try {
			document.replace(selection.getOffset(), selection.getLength(), inserted);
		} catch (BadLocationException e) {
			return Optional.of(NLS.bind(Messages.InsertFailed, e.getMessage()));
		} finally {
			if (target != null) {
				target.endCompoundChange();
			}
		}
		editor.selectAndReveal(selection.getOffset(), inserted.length());
		editor.getSite().getPage().activate(editor);
		return Optional.of(NLS.bind(Messages.Inserted, code.lines().count(), name));
	}
}
