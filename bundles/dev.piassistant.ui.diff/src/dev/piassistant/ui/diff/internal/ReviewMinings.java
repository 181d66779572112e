package dev.piassistant.ui.diff.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.codemining.AbstractCodeMiningProvider;
import org.eclipse.jface.text.codemining.ICodeMining;
import org.eclipse.jface.text.codemining.LineHeaderCodeMining;
import org.eclipse.jface.text.source.ISourceViewerExtension5;

/**
 * The review's code minings in one editor: lines of text above document lines, clickable where they carry an
 * action. Rebuilt on the display thread whenever the review changes.
 */
final class ReviewMinings extends AbstractCodeMiningProvider {

	/** A mining: its text above a document line, and what a click does (nothing when null). */
	record Line(int line, String label, @Nullable Runnable action) {
	}

	private volatile List<ICodeMining> shown = List.of();
	private List<Line> lines = List.of();
	private @Nullable ITextViewer viewer;

	void attach(ITextViewer textViewer) {
		viewer = textViewer;
	}

	void show(List<Line> next, IDocument document) {
		lines = List.copyOf(next);
		var minings = new ArrayList<ICodeMining>();
		for (var line : lines) {
			try {
				minings.add(mining(line, document));
			} catch (BadLocationException e) {
				// a line the document no longer has: left out until the next refresh
			}
		}
		shown = minings;
		if (viewer instanceof ISourceViewerExtension5 minable) {
			minable.updateCodeMinings();
		}
	}

	private ICodeMining mining(Line line, IDocument document) throws BadLocationException {
		var action = line.action();
		var mining = new LineHeaderCodeMining(Math.min(line.line(), document.getNumberOfLines() - 1), document, this,
				action == null ? null : event -> action.run()) {
		};
		mining.setLabel(line.label());
		return mining;
	}

	@Override
	public CompletableFuture<List<? extends ICodeMining>> provideCodeMinings(ITextViewer textViewer,
			IProgressMonitor monitor) {
		viewer = textViewer;
		return CompletableFuture.completedFuture(shown);
	}

	/** What is shown now, for tests: labels and their actions. */
	List<Line> lines() {
		return lines;
	}

	/** Clicks the mining with this label above a document line, as the user would. */
	void click(String label, int line, IDocument document) throws BadLocationException {
		for (var mining : shown) {
			var action = mining.getAction();
			if (label.equals(mining.getLabel()) && action != null
					&& document.getLineOfOffset(mining.getPosition().getOffset()) == line) {
				action.accept(null);
				return;
			}
		}
		throw new IllegalStateException("No " + label + " above line " + line + " in " + lines);
	}
}
