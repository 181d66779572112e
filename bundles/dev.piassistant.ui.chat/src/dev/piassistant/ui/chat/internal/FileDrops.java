package dev.piassistant.ui.chat.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;

import dev.piassistant.ui.chat.internal.model.Attachment;

/**
 * Files dropped on the composer attach to the next message: from the Project Explorer (workspace files,
 * named by their workspace path) or from the desktop (named by their full path). Text files only; a file
 * too big to be context, or not text, is left out.
 */
final class FileDrops {

	/** Larger files are no context a model can take; the agent can read parts of them with its tools. */
	static final long MAX_BYTES = 1_000_000;

	private FileDrops() {
	}

	static void accept(Control control, ContextChips chips) {
		var target = new DropTarget(control, DND.DROP_COPY | DND.DROP_LINK | DND.DROP_DEFAULT);
		target.setTransfer(new Transfer[] { LocalSelectionTransfer.getTransfer(), FileTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				if (event.detail == DND.DROP_DEFAULT || event.detail == DND.DROP_MOVE) {
					event.detail = DND.DROP_COPY; // attaching never moves the file
				}
			}

			@Override
			public void drop(DropTargetEvent event) {
				var files = new ArrayList<File>();
				if (event.data instanceof String[] paths) {
					for (var path : paths) {
						files.add(new File(path));
					}
				} else if (event.data instanceof IStructuredSelection selection) {
					for (var element : selection.toList()) {
						var file = Adapters.adapt(element, IFile.class);
						if (file != null && file.getLocation() != null) {
							files.add(file.getLocation().toFile());
						}
					}
				}
				attachments(files).forEach(chips::add);
			}
		});
	}

	/** The text files among those dropped, as attachments. */
	static List<Attachment> attachments(List<File> files) {
		var attachments = new ArrayList<Attachment>();
		for (var file : files) {
			if (!file.isFile() || file.length() > MAX_BYTES) {
				continue;
			}
			try {
				var text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file.toPath())))
						.toString();
				attachments.add(Attachment.file(name(file), text));
			} catch (CharacterCodingException e) {
				// Not text: nothing a model could read.
			} catch (IOException e) {
				// Gone or unreadable since the drag began: nothing to attach.
			}
		}
		return attachments;
	}

	/** The workspace path when the file is in the workspace, else its full path. */
	private static String name(File file) {
		var inWorkspace = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toURI());
		return inWorkspace.length > 0 ? inWorkspace[0].getFullPath().makeRelative().toString() : file.getAbsolutePath();
	}
}
