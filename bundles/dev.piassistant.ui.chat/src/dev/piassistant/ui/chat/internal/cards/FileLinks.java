package dev.piassistant.ui.chat.internal.cards;

import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Links in answers that name a workspace file, as models write them: {@code src/Foo.java:12},
 * {@code project/src/Foo.java#L12}, {@code file:src/Foo.java}. Opens the file in its editor at the line.
 * A path is looked up as a workspace path first, then inside each open project.
 */
public final class FileLinks {

	/** A path, then an optional line as ":12", ":12:3" or "#L12". */
	private static final Pattern LINK = Pattern.compile("(?:file:(?://)?)?([^:#?]+?)(?:(?::|#L)(\\d+)(?::\\d+)?)?");

	record Target(IFile file, int line) {
	}

	private FileLinks() {
	}

	/** The workspace file a link names, if it names one that exists. */
	static Optional<Target> resolve(String url) {
		if (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:")) {
			return Optional.empty();
		}
		var match = LINK.matcher(url.strip());
		if (!match.matches()) {
			return Optional.empty();
		}
		var path = match.group(1).replace('\\', '/');
		var line = match.group(2) == null ? 0 : Integer.parseInt(match.group(2));
		return find(path).map(file -> new Target(file, line));
	}

	private static Optional<IFile> find(String path) {
		var root = ResourcesPlugin.getWorkspace().getRoot();
		if (Path.isValidPosixPath(path) && root.findMember(path) instanceof IFile file) {
			return Optional.of(file);
		}
		for (var project : root.getProjects()) {
			if (project.isOpen() && project.findMember(path) instanceof IFile file) {
				return Optional.of(file);
			}
		}
		return Optional.empty();
	}

	/** Opens a file link in the editor at its line; false when the link names no workspace file. */
	public static boolean open(String url) {
		var target = resolve(url);
		if (target.isEmpty()) {
			return false;
		}
		try {
			var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			var editor = IDE.openEditor(page, target.get().file(), true);
			if (target.get().line() > 0 && editor instanceof ITextEditor text) {
				reveal(text, target.get().line());
			}
			return true;
		} catch (PartInitException e) {
			return false;
		}
	}

	private static void reveal(ITextEditor editor, int line) {
		var document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		try {
			var index = Math.min(line, document.getNumberOfLines()) - 1;
			editor.selectAndReveal(document.getLineOffset(index), document.getLineLength(index));
		} catch (BadLocationException e) {
			// The line is gone since the answer was written; the file is open, which is what matters.
		}
	}
}
