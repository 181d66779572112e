package dev.piassistant.edits.internal.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;

/**
 * Files in the IDE: a file's document is its shared file buffer, the very document its editor shows (open or not),
 * with the editor's undo history. What the review changed is saved when it ends, unless the user had unsaved
 * changes of their own in the file: then it is left for them to save, as Eclipse's refactorings do. Creating,
 * deleting and moving happen on disk, and the workspace is told.
 */
public final class BufferFiles implements ReviewFiles {

	private final Path workspace;
	private final DiskFiles disk;

	public BufferFiles(Path workspace) {
		this.workspace = workspace;
		this.disk = new DiskFiles(workspace);
	}

	@Override
	public Optional<String> read(String path) throws IOException {
		return disk.read(path);
	}

	@Override
	public OpenDocument open(String path) throws IOException {
		var location = location(path);
		var manager = FileBuffers.getTextFileBufferManager();
		try {
			manager.connect(location, LocationKind.NORMALIZE, null);
		} catch (CoreException e) {
			throw new IOException("Cannot open " + path + ": " + e.getMessage(), e);
		}
		ITextFileBuffer buffer = manager.getTextFileBuffer(location, LocationKind.NORMALIZE);
		var dirtyBefore = buffer.isDirty();
		IDocument document = buffer.getDocument();
		// The editor's undo history when it is open; one of the review's own, which an editor opened later shares.
		var client = new Object();
		DocumentUndoManagerRegistry.connect(document);
		DocumentUndoManagerRegistry.getDocumentUndoManager(document).connect(client);
		return new OpenDocument() {
			@Override
			public IDocument document() {
				return document;
			}

			@Override
			public void save() throws IOException {
				if (dirtyBefore) {
					return;
				}
				try {
					buffer.commit(null, false);
				} catch (CoreException e) {
					throw new IOException("Cannot save " + path + ": " + e.getMessage(), e);
				}
			}

			@Override
			public void close() {
				DocumentUndoManagerRegistry.getDocumentUndoManager(document).disconnect(client);
				DocumentUndoManagerRegistry.disconnect(document);
				try {
					manager.disconnect(location, LocationKind.NORMALIZE, null);
				} catch (CoreException e) {
					// the buffer goes when the last client lets go of it
				}
			}
		};
	}

	@Override
	public void create(String path, String content) throws IOException {
		disk.create(path, content);
		refresh(path);
	}

	@Override
	public void delete(String path) throws IOException {
		disk.delete(path);
		refresh(path);
	}

	@Override
	public void move(String from, String to, String content) throws IOException {
		disk.move(from, to, content);
		refresh(from);
		refresh(to);
	}

	private IPath location(String path) {
		return IPath.fromPath(WorkspacePaths.resolve(workspace, path));
	}

	/** Tells the workspace about a file changed behind its back, if the file is in one of its projects. */
	private void refresh(String path) {
		var root = ResourcesPlugin.getWorkspace().getRoot();
		for (var file : root.findFilesForLocationURI(WorkspacePaths.resolve(workspace, path).toUri())) {
			try {
				file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
			} catch (CoreException e) {
				// the next refresh finds it
			}
		}
	}
}
