package dev.piassistant.ui.diff.internal;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.change.ChangeReview;
import dev.piassistant.core.change.HunkState;
import dev.piassistant.core.change.HunkStatus;

/** What is shown above and under one hunk: its choices, and the lines the agent proposes. */
final class HunkMinings {

	private HunkMinings() {
	}

	static void add(List<ReviewMinings.Line> lines, IDocument document, ChangeReview review, HunkStatus hunk)
			throws BadLocationException {
		var ref = hunk.ref();
		var first = document.getLineOfOffset(hunk.offset());
		if (hunk.state() == HunkState.PENDING) {
			lines.add(new ReviewMinings.Line(first, Messages.Accept, () -> review.accept(ref)));
			lines.add(new ReviewMinings.Line(first, Messages.Reject, () -> review.reject(ref, "")));
			var after = document.getLineOfOffset(hunk.offset() + hunk.length());
			lines.add(new ReviewMinings.Line(after, proposed(review, hunk), null));
		} else if (hunk.state() == HunkState.STALE) {
			lines.add(new ReviewMinings.Line(first, Messages.Stale, null));
			lines.add(new ReviewMinings.Line(first, Messages.Merge, () -> MergeInput.open(review, ref)));
			lines.add(new ReviewMinings.Line(first, Messages.Reject, () -> review.reject(ref, "")));
		}
	}

	/** The agent's lines, each marked as added; or a note that the hunk only removes. */
	private static String proposed(ChangeReview review, HunkStatus hunk) {
		var after = review.changes().file(hunk.ref().path()).map(file -> file.hunks().get(hunk.ref().index()).after())
				.orElse("");
		if (after.isEmpty()) {
			return Messages.RemovedOnly;
		}
		var text = new StringBuilder();
		for (var line : after.split("\\r?\\n|\\r")) {
			if (text.length() > 0) {
				text.append('\n');
			}
			text.append(NLS.bind(Messages.AddedLine, line.replace("\t", "    ")));
		}
		return text.toString();
	}
}
