package dev.piassistant.ui.chat.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.piassistant.ui.chat.internal.model.Attachment;

/** What a text editor can add to a message: its file and the text selected in it. Reads on the UI thread, from memory. */
final class EditorContext {

	private EditorContext() {
	}

	/** The active page's text editor on a workspace file, if any (the last one used, even while the Agent view has focus). */
	static Optional<ITextEditor> activeEditor() {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		return page == null ? Optional.empty() : textEditor(page.getActiveEditor());
	}

	static Optional<ITextEditor> textEditor(IEditorPart part) {
		var editor = part == null ? null : Adapters.adapt(part, ITextEditor.class);
		return editor == null || file(editor).isEmpty() ? Optional.empty() : Optional.of(editor);
	}

	/** The editor's file, then its selection when something is selected. */
	static List<Attachment> of(ITextEditor editor) {
		var attachments = new ArrayList<Attachment>();
		var file = file(editor);
		var document = document(editor);
		if (file.isEmpty() || document == null) {
			return attachments;
		}
		var path = file.get().getFullPath().makeRelative().toString();
		attachments.add(Attachment.file(path, document.get()));
		selection(editor, document).ifPresent(selected -> attachments.add(Attachment.selection(path,
				selected.getStartLine() + 1, lastLine(selected, document), selected.getText())));
		return attachments;
	}

	static Optional<IFile> file(ITextEditor editor) {
		return Optional.ofNullable(Adapters.adapt(editor.getEditorInput(), IFile.class));
	}

	static IDocument document(ITextEditor editor) {
		var provider = editor.getDocumentProvider();
		return provider == null ? null : provider.getDocument(editor.getEditorInput());
	}

	private static Optional<ITextSelection> selection(ITextEditor editor, IDocument document) {
		var provider = editor.getSelectionProvider();
		if (provider != null && provider.getSelection() instanceof ITextSelection text && text.getLength() > 0
				&& text.getText() != null && !text.getText().isBlank()) {
			return Optional.of(text);
		}
		return Optional.empty();
	}

	/** A selection ending at the start of a line (a whole line selected) does not cover that line. */
	private static int lastLine(ITextSelection selection, IDocument document) {
		var end = selection.getOffset() + selection.getLength();
		try {
			var line = document.getLineOfOffset(end);
			return (document.getLineOffset(line) == end && line > selection.getStartLine() ? line : line + 1);
		} catch (BadLocationException e) {
			return selection.getEndLine() + 1;
		}
	}
}
