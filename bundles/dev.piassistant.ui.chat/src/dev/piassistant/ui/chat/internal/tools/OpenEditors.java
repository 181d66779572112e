package dev.piassistant.ui.chat.internal.tools;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;

/** What the workbench's editors show, read on the UI thread from memory: no editor is restored or opened to read it. */
final class OpenEditors {

	private static final int LONGEST_SELECTION = 2_000;

	private OpenEditors() {
	}

	/** The editors of every window, the active one first marked, with its selection. */
	static String describe(IWorkbench workbench, Path workspace) {
		var lines = new ArrayList<String>();
		var activeWindow = workbench.getActiveWorkbenchWindow();
		var activePage = activeWindow == null ? null : activeWindow.getActivePage();
		var active = activePage == null ? null : activePage.getActiveEditor();
		for (var window : workbench.getWorkbenchWindows()) {
			for (var page : window.getPages()) {
				for (var reference : page.getEditorReferences()) {
					lines.add(line(reference, workspace, active));
				}
			}
		}
		if (lines.isEmpty()) {
			return "No editors are open.";
		}
		var text = new StringBuilder(String.join("\n", lines)).append('\n');
		if (active != null) {
			selection(active).ifPresent(text::append);
		}
		return text.toString();
	}

	private static String line(IEditorReference reference, Path workspace, IEditorPart active) {
		var part = reference.getEditor(false);
		var marks = new ArrayList<String>();
		if (part != null && part == active) {
			marks.add("active");
		}
		if (reference.isDirty()) {
			marks.add("unsaved changes");
		}
		return "- " + where(reference, workspace) + (marks.isEmpty() ? "" : " (" + String.join(", ", marks) + ")");
	}

	/** The file an editor shows, relative to the workspace when inside it; its title when it shows no file. */
	private static String where(IEditorReference reference, Path workspace) {
		try {
			var input = reference.getEditorInput();
			var uri = input instanceof IURIEditorInput file ? file.getURI() : Adapters.adapt(input, URI.class);
			if (uri != null && "file".equals(uri.getScheme())) {
				var path = Path.of(uri).toAbsolutePath().normalize();
				var root = workspace.toAbsolutePath().normalize();
				return (path.startsWith(root) ? root.relativize(path) : path).toString().replace('\\', '/');
			}
		} catch (PartInitException | IllegalArgumentException e) {
			// Not restored yet, or not a local file: the title says what it is.
		}
		return reference.getTitle();
	}

	private static java.util.Optional<String> selection(IEditorPart active) {
		var provider = active.getSite().getSelectionProvider();
		if (provider == null || !(provider.getSelection() instanceof ITextSelection text) || text.getOffset() < 0) {
			return java.util.Optional.empty();
		}
		var selected = text.getText() == null ? "" : text.getText();
		var lines = text.getStartLine() + 1 == text.getEndLine() + 1 ? "line " + (text.getStartLine() + 1)
				: "lines " + (text.getStartLine() + 1) + "-" + (text.getEndLine() + 1);
		if (selected.isEmpty()) {
			return java.util.Optional.of("Cursor in the active editor: " + lines + ".\n");
		}
		var shown = selected.length() > LONGEST_SELECTION ? selected.substring(0, LONGEST_SELECTION) + "\n... (cut)" : selected;
		return java.util.Optional.of(List.of("Selected in the active editor (" + lines + "):", shown).stream()
				.reduce((a, b) -> a + "\n" + b).orElse("") + "\n");
	}
}
