package dev.piassistant.ui.memory.internal;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.piassistant.core.memory.Source;

/** Opens a hit's source in its editor, at its first line. */
final class SourceOpener {

	private static final System.Logger LOG = System.getLogger(SourceOpener.class.getName());

	private SourceOpener() {
	}

	static void open(IWorkbenchPage page, Source source) {
		try {
			var editor = IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(source.file().toUri()));
			if (editor instanceof ITextEditor text && source.startLine() > 0) {
				var document = text.getDocumentProvider().getDocument(text.getEditorInput());
				var line = Math.min(source.startLine(), document.getNumberOfLines()) - 1;
				text.selectAndReveal(document.getLineOffset(line), 0);
			}
		} catch (PartInitException | BadLocationException e) {
			LOG.log(System.Logger.Level.WARNING, NLS.bind(Messages.MemoryView_openFailed, source.cite(), e.getMessage()), e);
		}
	}
}
