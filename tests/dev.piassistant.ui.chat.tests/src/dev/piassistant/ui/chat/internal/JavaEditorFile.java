package dev.piassistant.ui.chat.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** A Java file of the test workspace, open in the IDE's Java editor. */
final class JavaEditorFile implements AutoCloseable {

	static final String SOURCE = """
			package demo;

			// The greeting that opens every letter.
			public class Greeter {
				String greet(String name) {
					return "Hello, " + name;
				}
			}
			""";

	final IFile file;
	final ITextEditor editor;

	JavaEditorFile() throws CoreException, PartInitException {
		var project = ResourcesPlugin.getWorkspace().getRoot().getProject("context");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		var folder = project.getFolder("src");
		if (!folder.exists()) {
			folder.create(true, true, null);
		}
		file = folder.getFile("Greeter.java");
		var content = new ByteArrayInputStream(SOURCE.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(content, true, false, null);
		} else {
			file.create(content, true, null);
		}
		editor = (ITextEditor) IDE.openEditor(page(), file, true);
	}

	static org.eclipse.ui.IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	/** Selects the text from the start of one snippet to the end of another. */
	void select(String from, String to) {
		var text = document().get();
		var start = text.indexOf(from);
		var end = text.indexOf(to, start) + to.length();
		page().activate(editor);
		editor.selectAndReveal(start, end - start);
	}

	@Override
	public void close() {
		page().closeEditor(editor, false);
	}
}
