package dev.piassistant.ui.chat.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import dev.piassistant.ui.chat.internal.cards.CardStyle;
import dev.piassistant.ui.chat.internal.model.Attachment;
import dev.piassistant.ui.chat.internal.model.ContextPrompt;

/**
 * The context that goes with the next message, as chips above the input: the active editor's file and
 * selection (offered as the user moves between editors), and what the user attached (problems, dropped
 * files). Each chip can be removed; a removed editor chip stays away until the file or selection changes.
 * Ends with how many tokens the message will cost, so nothing is sent unseen.
 */
final class ContextChips {

	private final Composite row;
	private final Supplier<String> typed;
	private final Label tokens;
	private List<Attachment> offered = List.of();
	private final List<Attachment> added = new ArrayList<>();
	/** Removed chips by what they show, not their content: a file stays removed while it is edited. */
	private final Set<Key> dismissed = new HashSet<>();
	private final List<Link> removeLinks = new ArrayList<>();
	/** The editor's file's problems, offered as a link that attaches them. */
	private Optional<Attachment> problems = Optional.empty();
	private Link problemsLink;

	ContextChips(Composite parent, Supplier<String> typed) {
		this.typed = typed;
		row = new Composite(parent, SWT.NONE);
		RowLayoutFactory.fillDefaults().wrap(true).spacing(4).margins(0, 0).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(10, SWT.DEFAULT).applyTo(row);
		tokens = CardStyle.muted(new Label(parent, SWT.WRAP));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(10, SWT.DEFAULT).applyTo(tokens);
		redraw();
	}

	/** The editor's file and selection, replacing what the previous editor offered. */
	void offer(List<Attachment> fromEditor) {
		if (fromEditor.equals(offered) || row.isDisposed()) {
			return;
		}
		offered = List.copyOf(fromEditor);
		// What was removed from another file or selection no longer matters.
		dismissed.retainAll(offered.stream().map(Key::of).toList());
		redraw();
	}

	/** Offers the editor file's problems (none when it has none). */
	void suggestProblems(Optional<Attachment> fileProblems) {
		if (!fileProblems.equals(problems) && !row.isDisposed()) {
			problems = fileProblems;
			redraw();
		}
	}

	/** The link that attaches the editor file's problems, while there are some not attached yet. */
	Optional<Link> problemsLink() {
		return Optional.ofNullable(problemsLink).filter(link -> !link.isDisposed());
	}

	/** Attaches something the user chose (problems, a dropped file); brings back a removed chip of the same. */
	void add(Attachment attachment) {
		dismissed.remove(Key.of(attachment));
		if (!added.contains(attachment) && !offered.contains(attachment)) {
			added.add(attachment);
		}
		redraw();
	}

	/** Brings back the editor's chips the user removed (they asked about the selection explicitly). */
	void restoreOffered() {
		dismissed.removeAll(offered.stream().map(Key::of).toList());
		redraw();
	}

	void remove(Attachment attachment) {
		if (!added.remove(attachment)) {
			dismissed.add(Key.of(attachment));
		}
		redraw();
	}

	/** What goes with the next message, in chip order. */
	List<Attachment> attachments() {
		var all = new ArrayList<Attachment>();
		offered.stream().filter(attachment -> !dismissed.contains(Key.of(attachment))).forEach(all::add);
		all.addAll(added);
		return all;
	}

	/** After a message went: what was attached once and the selection asked about are not sent again. */
	void sent() {
		added.clear();
		offered.stream().filter(attachment -> attachment.kind() == Attachment.Kind.SELECTION).map(Key::of)
				.forEach(dismissed::add);
		redraw();
	}

	/** Counts again after the user typed. */
	void typed() {
		showTokens(attachments());
	}

	void onDispose(Runnable disposed) {
		row.addListener(SWT.Dispose, event -> disposed.run());
	}

	List<Link> removeLinks() {
		return List.copyOf(removeLinks);
	}

	String tokensText() {
		return tokens.getText();
	}

	private void redraw() {
		CardStyle.empty(row);
		removeLinks.clear();
		var attachments = attachments();
		attachments.forEach(this::chip);
		problemsLink = null;
		var suggested = problems.filter(found -> attachments.stream().noneMatch(attached -> attached.kind() == found.kind()
				&& attached.path().equals(found.path())));
		suggested.ifPresent(found -> {
			problemsLink = new Link(row, SWT.NONE);
			problemsLink.setText(NLS.bind(Messages.Context_addProblems, found.content().lines().count()));
			problemsLink.setToolTipText(found.content());
			problemsLink.addListener(SWT.Selection, event -> add(found));
		});
		CardStyle.visible(row, !attachments.isEmpty() || suggested.isPresent());
		showTokens(attachments);
		row.getParent().layout(true, true);
	}

	private void showTokens(List<Attachment> attachments) {
		CardStyle.visible(tokens, !attachments.isEmpty());
		if (!attachments.isEmpty()) {
			tokens.setText(NLS.bind(Messages.Context_tokens,
					ContextPrompt.tokens(ContextPrompt.of(typed.get(), attachments))));
		}
	}

	private void chip(Attachment attachment) {
		var chip = new Composite(row, SWT.BORDER);
		RowLayoutFactory.fillDefaults().spacing(2).margins(3, 1).center(true).applyTo(chip);
		var label = new Label(chip, SWT.NONE);
		label.setText(title(attachment));
		var tooltip = NLS.bind(Messages.Context_tooltip, attachment.path(), ContextPrompt.tokens(attachment.content()));
		label.setToolTipText(tooltip);
		chip.setToolTipText(tooltip);
		var remove = new Link(chip, SWT.NONE);
		remove.setText(Messages.Context_remove);
		remove.setToolTipText(Messages.Context_removeTooltip);
		remove.addListener(SWT.Selection, event -> remove(attachment));
		removeLinks.add(remove);
	}

	static String title(Attachment attachment) {
		return switch (attachment.kind()) {
		case FILE -> attachment.fileName();
		case SELECTION -> attachment.firstLine() == attachment.lastLine()
				? NLS.bind(Messages.Context_selectionLine, attachment.fileName(), attachment.firstLine())
				: NLS.bind(Messages.Context_selection, new Object[] { attachment.fileName(), attachment.firstLine(),
						attachment.lastLine() });
		case PROBLEMS -> NLS.bind(Messages.Context_problems, attachment.fileName(),
				attachment.content().lines().count());
		case RESOURCE -> NLS.bind(McpTexts.Resource_chip, attachment.fileName(), attachment.server());
		};
	}

	private record Key(Attachment.Kind kind, String path, int firstLine, int lastLine) {
		static Key of(Attachment attachment) {
			return new Key(attachment.kind(), attachment.path(), attachment.firstLine(), attachment.lastLine());
		}
	}
}
