package dev.piassistant.ui.chat.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.fieldassist.ContentProposal;

import dev.piassistant.ui.chat.internal.model.Attachment;

/**
 * One proposal of a {@code #} mention: what it writes after the {@code #}, how the list shows it, and what it
 * attaches (read off the UI thread when chosen).
 */
final class Mention extends ContentProposal {

	private final Supplier<Optional<Attachment>> attachment;

	private Mention(String content, String label, Supplier<Optional<Attachment>> attachment) {
		super(content, label, null);
		this.attachment = attachment;
	}

	/** A workspace file (project first), attached whole. */
	static Mention file(String path) {
		var name = path.substring(path.lastIndexOf('/') + 1);
		return new Mention(path, name + " \u2013 " + path, () -> {
			var file = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(path));
			var location = file.getLocation();
			return location == null ? Optional.empty()
					: FileDrops.attachments(List.of(location.toFile())).stream().findFirst()
							.map(read -> Attachment.file(path, read.content()));
		});
	}

	/** A symbol: its qualified name, attached as its source lines. */
	static Mention type(String qualifiedName, String label, Supplier<Optional<Attachment>> source) {
		return new Mention(qualifiedName, label, source);
	}

	/** Reads what to attach; may touch files and Java's model, so not on the UI thread. */
	Optional<Attachment> attachment() {
		return attachment.get();
	}
}
