package dev.piassistant.tools.jdt.internal.refactor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.core.ICompilationUnit;
import org.eclipse.jdt.internal.corext.refactoring.changes.CreatePackageChange;
import org.eclipse.jdt.internal.corext.refactoring.changes.MoveCompilationUnitChange;
import org.eclipse.jdt.internal.corext.refactoring.changes.RenameCompilationUnitChange;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.NullChange;
import org.eclipse.ltk.core.refactoring.TextChange;
import org.eclipse.ltk.core.refactoring.TextFileChange;

import dev.piassistant.core.change.ChangeKind;
import dev.piassistant.core.change.FileChange;
import dev.piassistant.tools.jdt.internal.search.Places;

/**
 * Turns a refactoring's {@link Change} into file changes for review, without performing it: each text change becomes
 * the hunks between the file's current text and its preview, a compilation unit's rename or move becomes a renamed
 * file (with those hunks). A change of any other kind cannot be reviewed as file hunks, so it refuses the whole
 * refactoring rather than leave part of it out.
 */
final class ChangeSets {

	/** A file's text before and after, and where it goes. */
	private static final class Edit {
		String before = "";
		String after = "";
		boolean hasText;
		String newPath;
		/** The file's type renamed with it: old and new name; or null. */
		String[] renamedType;
		/** The package the file moves to; or null. */
		String newPackage;
	}

	private final Path workspace;
	private final Places places;
	private final IProgressMonitor monitor;
	private final Map<String, Edit> edits = new LinkedHashMap<>();

	private ChangeSets(Path workspace, IProgressMonitor monitor) {
		this.workspace = workspace;
		this.places = new Places(workspace);
		this.monitor = monitor;
	}

	static List<FileChange> of(Change change, Path workspace, IProgressMonitor monitor)
			throws CoreException, UnreviewableException {
		var sets = new ChangeSets(workspace, monitor);
		sets.add(change);
		return sets.fileChanges();
	}

	private void add(Change change) throws CoreException, UnreviewableException {
		if (change instanceof CompositeChange composite) {
			for (var child : composite.getChildren()) {
				add(child);
			}
		} else if (change instanceof TextChange text) {
			text(text);
		} else if (change instanceof RenameCompilationUnitChange rename && rename.getModifiedElement() instanceof ICompilationUnit unit) {
			var path = path(unit.getResource());
			var edit = edit(path);
			edit.newPath = path.substring(0, path.lastIndexOf('/') + 1) + rename.getNewName();
			edit.renamedType = new String[] { typeName(unit.getElementName()), typeName(rename.getNewName()) };
		} else if (change instanceof MoveCompilationUnitChange move) {
			var unit = move.getCu();
			var folder = move.getDestinationPackage().getResource();
			if (folder == null) {
				throw new UnreviewableException("the destination package " + move.getDestinationPackage().getElementName()
						+ " is not a folder of the workspace");
			}
			var edit = edit(path(unit.getResource()));
			edit.newPath = path(folder) + "/" + unit.getElementName();
			edit.newPackage = move.getDestinationPackage().getElementName();
		} else if (!(change instanceof NullChange) && !(change instanceof CreatePackageChange)) {
			// A new package's folder is made when the moved file is written into it.
			throw new UnreviewableException("it would also " + change.getName() + ", which cannot be reviewed as file hunks");
		}
	}

	private void text(TextChange change) throws CoreException, UnreviewableException {
		var element = change.getModifiedElement();
		IResource resource = change instanceof TextFileChange file ? file.getFile()
				: element instanceof ICompilationUnit unit ? unit.getResource() : null;
		if (resource == null) {
			throw new UnreviewableException("it changes text outside the workspace's files (" + change.getName() + ")");
		}
		var edit = edit(path(resource));
		if (edit.hasText) {
			throw new UnreviewableException("it changes " + path(resource) + " twice");
		}
		edit.hasText = true;
		edit.before = change.getCurrentContent(monitor);
		edit.after = change.getPreviewContent(monitor);
	}

	private Edit edit(String path) {
		return edits.computeIfAbsent(path, key -> new Edit());
	}

	private String path(IResource resource) throws UnreviewableException {
		var path = places.path(resource);
		if (path.startsWith("/")) {
			throw new UnreviewableException("it changes " + path + ", which is outside the workspace folder " + workspace);
		}
		return path;
	}

	private List<FileChange> fileChanges() throws CoreException {
		var files = new ArrayList<FileChange>();
		for (var entry : edits.entrySet()) {
			var path = entry.getKey();
			var edit = entry.getValue();
			if (edit.newPath != null) {
				var base = edit.hasText ? edit.before : currentText(path);
				var after = edit.hasText ? edit.after : base;
				if (edit.renamedType != null) {
					after = CuUpdates.renameType(after, edit.renamedType[0], edit.renamedType[1]);
				}
				if (edit.newPackage != null) {
					after = CuUpdates.movePackage(after, edit.newPackage);
				}
				files.add(new FileChange(ChangeKind.RENAME, path, edit.newPath, base, LineDiff.hunks(base, after)));
			} else if (!edit.before.equals(edit.after)) {
				files.add(new FileChange(ChangeKind.MODIFY, path, null, edit.before, LineDiff.hunks(edit.before, edit.after)));
			}
		}
		return files;
	}

	private static String typeName(String fileName) {
		return fileName.endsWith(".java") ? fileName.substring(0, fileName.length() - ".java".length()) : fileName;
	}

	private String currentText(String path) throws CoreException {
		try {
			return java.nio.file.Files.readString(workspace.resolve(path));
		} catch (java.io.IOException e) {
			throw new CoreException(org.eclipse.core.runtime.Status.error("Cannot read " + path + ": " + e.getMessage(), e));
		}
	}
}
