package dev.piassistant.ui.chat.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Link;

/**
 * "Jump to latest", under the transcript while the user has scrolled up to read: the view then stays where
 * it is as text arrives, and this brings the newest text back and follows it again.
 */
final class JumpToLatest {

	private final Link link;
	private final Transcript transcript;

	JumpToLatest(org.eclipse.swt.widgets.Composite parent, Transcript transcript, Runnable jumped) {
		this.transcript = transcript;
		link = new Link(parent, SWT.NONE);
		link.setText(Messages.JumpToLatest);
		link.addListener(SWT.Selection, event -> {
			transcript.scrollToEnd();
			jumped.run();
		});
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).indent(6, 2).applyTo(link);
		link.setVisible(false);
		transcript.onFollowingChanged(this::update);
	}

	Link link() {
		return link;
	}

	private void update() {
		if (link.isDisposed()) {
			return;
		}
		// Its place is kept while hidden: showing it lays nothing out anew, however often it comes and goes.
		link.setVisible(!transcript.isFollowing());
	}
}
