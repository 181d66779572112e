package dev.piassistant.ui.chat.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/**
 * {@code #} mentions in the composer: typing {@code #} and part of a name proposes the Java types whose name starts
 * with it and the workspace files whose path contains it (Ctrl+Space asks again); choosing one writes
 * {@code #path} or {@code #qualified.Name} into the message and attaches the file, or the type's source lines, as a
 * chip. Proposals are looked up in a job; the UI thread only shows them, and the list fills in when they arrive.
 */
final class Mentions implements IContentProposalProvider {

	static final int MAX_PROPOSALS = 30;
	/** Lookups kept for the texts typed last, so that the list shows at once when they come back. */
	private static final int KEPT = 16;

	private final ContextChips chips;
	private final Text input;
	private final WorkspaceFiles files = new WorkspaceFiles();
	private final Map<String, List<Mention>> found = new LinkedHashMap<>(KEPT, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, List<Mention>> eldest) {
			return size() > KEPT;
		}
	};
	private List<Mention> last = List.of();
	private Job lookup;
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
		input.addDisposeListener(event -> mentions.dispose());
		return mentions;
	}

	/** While proposals show, Enter chooses one rather than sending the message. */
	boolean choosing() {
		return adapter.isProposalPopupOpen();
	}

	/**
	 * What was found for the text after {@code #}, when it was looked up already; otherwise the last proposals
	 * that still match while the lookup runs.
	 */
	@Override
	public IContentProposal[] getProposals(String contents, int position) {
		var typed = typed(contents, position);
		if (typed == null) {
			return new IContentProposal[0];
		}
		var ready = found.get(typed);
		if (ready != null) {
			last = ready;
			return ready.toArray(IContentProposal[]::new);
		}
		lookUp(typed);
		var lower = typed.toLowerCase(Locale.ROOT);
		return last.stream().filter(mention -> mention.getLabel().toLowerCase(Locale.ROOT).contains(lower))
				.toArray(IContentProposal[]::new);
	}

	/** The text between {@code #} and the caret, or null when the caret is not in a mention. */
	private static String typed(String contents, int position) {
		var start = contents.lastIndexOf('#', Math.max(0, position - 1));
		if (start < 0 || position > contents.length()
				|| contents.substring(start, position).chars().anyMatch(Character::isWhitespace)) {
			return null;
		}
		return contents.substring(start + 1, position);
	}

	private void lookUp(String typed) {
		if (lookup != null) {
			lookup.cancel();
		}
		var display = input.getDisplay();
		lookup = new Job(Messages.MentionsLookup) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				var mentions = find(typed, monitor);
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				display.asyncExec(() -> arrived(typed, mentions));
				return Status.OK_STATUS;
			}
		};
		lookup.setSystem(true);
		lookup.schedule();
	}

	/** Java types by that name, then files whose path holds what was typed, the shortest first. */
	private List<Mention> find(String typed, IProgressMonitor monitor) {
		try {
			files.awaitListed();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return List.of();
		}
		var mentions = new ArrayList<Mention>();
		if (JavaTypes.available()) {
			mentions.addAll(JavaTypes.find(typed, MAX_PROPOSALS / 2, monitor));
		}
		files.matching(typed, MAX_PROPOSALS).forEach(path -> mentions.add(Mention.file(path)));
		return mentions;
	}

	/** Shows what a lookup found, if the user is still typing that mention. */
	private void arrived(String typed, List<Mention> mentions) {
		if (input.isDisposed()) {
			return;
		}
		found.put(typed, mentions);
		if (!typed.equals(typed(input.getText(), input.getCaretPosition())) || !input.isFocusControl()) {
			return;
		}
		if (adapter.isProposalPopupOpen()) {
			adapter.refresh();
		} else if (!mentions.isEmpty()) {
			adapter.openProposalPopup();
		}
	}

	/** Replaces the typed {@code #part} with the chosen mention and attaches what it names, read in a job. */
	void accept(IContentProposal proposal) {
		var text = input.getText();
		var caret = input.getCaretPosition();
		var start = text.lastIndexOf('#', Math.max(0, caret - 1));
		if (start < 0 || !(proposal instanceof Mention mention)) {
			return;
		}
		adapter.closeProposalPopup(); // chosen: Enter sends again
		var content = mention.getContent();
		input.setText(text.substring(0, start + 1) + content + text.substring(caret));
		input.setSelection(start + 1 + content.length());
		var display = input.getDisplay();
		var reading = Job.create(Messages.MentionsLookup, monitor -> {
			mention.attachment().ifPresent(attachment -> display.asyncExec(() -> {
				if (!input.isDisposed()) {
					chips.add(attachment);
				}
			}));
		});
		reading.setSystem(true);
		reading.schedule();
	}

	private void dispose() {
		files.dispose();
		if (lookup != null) {
			lookup.cancel();
		}
	}
}
