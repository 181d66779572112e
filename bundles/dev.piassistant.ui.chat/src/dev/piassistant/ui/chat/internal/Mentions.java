package dev.piassistant.ui.chat.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

import dev.piassistant.ui.chat.internal.model.Attachment;

/**
 * {@code #} mentions of workspace files in the composer: typing {@code #} and part of a file's name proposes
 * the files whose name or path contains it (Ctrl+Space asks again); choosing one writes {@code #path} into the
 * message and attaches the file as a chip.
 */
final class Mentions implements IContentProposalProvider {

	static final int MAX_PROPOSALS = 30;
	/** Folders no one mentions: build output and version control. */
	private static final List<String> SKIPPED = List.of("bin", "target", "node_modules", ".git");

	private final ContextChips chips;
	private final Text input;
	private ContentProposalAdapter adapter;

	private Mentions(Text input, ContextChips chips) {
		this.input = input;
		this.chips = chips;
	}

	static Mentions install(Text input, ContextChips chips) {
		var mentions = new Mentions(input, chips);
		var adapter = new ContentProposalAdapter(input, new TextContentAdapter(), mentions, KeyStroke.getInstance(SWT.MOD1, ' '),
				new char[] { '#' });
		adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_IGNORE);
		adapter.setAutoActivationDelay(100);
		adapter.addContentProposalListener(mentions::accept);
		mentions.adapter = adapter;
		return mentions;
	}

	/** While proposals show, Enter chooses one rather than sending the message. */
	boolean choosing() {
		return adapter.isProposalPopupOpen();
	}

	@Override
	public IContentProposal[] getProposals(String contents, int position) {
		var start = contents.lastIndexOf('#', Math.max(0, position - 1));
		if (start < 0 || contents.substring(start, position).chars().anyMatch(Character::isWhitespace)) {
			return new IContentProposal[0];
		}
		var typed = contents.substring(start + 1, position).toLowerCase(Locale.ROOT);
		return files(typed).stream().map(file -> {
			var path = file.getFullPath().makeRelative().toString();
			return (IContentProposal) new ContentProposal(path, file.getName() + " \u2013 " + path, null);
		}).toArray(IContentProposal[]::new);
	}

	/** Workspace files whose path contains what was typed, the shortest paths first, at most a screenful. */
	static List<IFile> files(String typed) {
		var found = new ArrayList<IFile>();
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(proxy -> {
				if (found.size() >= MAX_PROPOSALS * 4 || SKIPPED.contains(proxy.getName())) {
					return false;
				}
				if (proxy.getType() == IResource.FILE && proxy.requestFullPath().toString().toLowerCase(Locale.ROOT).contains(typed)) {
					found.add((IFile) proxy.requestResource());
				}
				return true;
			}, IResource.NONE);
		} catch (CoreException e) {
			return List.of();
		}
		found.sort(java.util.Comparator.comparingInt((IFile file) -> file.getFullPath().segmentCount())
				.thenComparing(file -> file.getFullPath().toString()));
		return found.subList(0, Math.min(MAX_PROPOSALS, found.size()));
	}

	/** Replaces the typed {@code #part} with the chosen path and attaches the file. */
	void accept(IContentProposal proposal) {
		var text = input.getText();
		var caret = input.getCaretPosition();
		var start = text.lastIndexOf('#', Math.max(0, caret - 1));
		if (start < 0) {
			return;
		}
		var path = proposal.getContent();
		input.setText(text.substring(0, start + 1) + path + text.substring(caret));
		input.setSelection(start + 1 + path.length());
		var file = ResourcesPlugin.getWorkspace().getRoot().getFile(new org.eclipse.core.runtime.Path(path));
		FileDrops.attachments(List.of(file.getLocation().toFile())).stream().findFirst()
				.map(attachment -> Attachment.file(path, attachment.content())).ifPresent(chips::add);
	}
}
