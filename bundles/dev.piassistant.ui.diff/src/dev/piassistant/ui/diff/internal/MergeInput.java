package dev.piassistant.ui.diff.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.CompareUI;
import org.eclipse.compare.IEditableContent;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

import dev.piassistant.core.change.ChangeReview;
import dev.piassistant.core.change.HunkRef;

/**
 * The three-way merge of a stale hunk in Compare: the user's current text (editable) against the agent's proposal,
 * with the text the agent proposed against as the common ancestor. Saving puts the merged text in the file's
 * document as one undoable change, and the hunk counts as merged.
 */
final class MergeInput extends CompareEditorInput {

	private final ChangeReview review;
	private final HunkRef hunk;
	private final Side current;

	private MergeInput(ChangeReview review, HunkRef hunk) {
		super(configuration(hunk));
		this.review = review;
		this.hunk = hunk;
		this.current = new Side(Messages.MergeCurrent, review.text(hunk.path()), true);
		setTitle(NLS.bind(Messages.MergeTitle, hunk.path()));
	}

	/** The user's side, which saving puts in the file. */
	Side currentSide() {
		return current;
	}

	static void open(ChangeReview review, HunkRef hunk) {
		CompareUI.openCompareEditor(new MergeInput(review, hunk));
	}

	private static CompareConfiguration configuration(HunkRef hunk) {
		var configuration = new CompareConfiguration();
		configuration.setLeftEditable(true);
		configuration.setRightEditable(false);
		configuration.setLeftLabel(Messages.MergeCurrent);
		configuration.setRightLabel(Messages.MergeAgent);
		configuration.setAncestorLabel(Messages.MergeBase);
		configuration.setProperty(CompareConfiguration.USE_OUTLINE_VIEW, Boolean.FALSE);
		return configuration;
	}

	@Override
	protected Object prepareInput(IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		var ancestor = new Side(Messages.MergeBase, review.withBase(hunk), false);
		var agent = new Side(Messages.MergeAgent, review.withProposed(hunk), false);
		return new DiffNode(null, Differencer.CONFLICTING, ancestor, current, agent);
	}

	@Override
	public void saveChanges(IProgressMonitor monitor) throws org.eclipse.core.runtime.CoreException {
		super.saveChanges(monitor);
		if (!review.isEnded()) {
			review.merge(hunk, current.text);
		}
		setDirty(false);
	}

	/** One side of the merge: a text, editable for the user's side. */
	static final class Side implements ITypedElement, IStreamContentAccessor, IEditableContent {
		private final String name;
		private final boolean editable;
		String text;

		Side(String name, String text, boolean editable) {
			this.name = name;
			this.text = text;
			this.editable = editable;
		}

		@Override
		public String getName() {
			return name;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return ITypedElement.TEXT_TYPE;
		}

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public boolean isEditable() {
			return editable;
		}

		@Override
		public void setContent(byte[] newContent) {
			text = new String(newContent, StandardCharsets.UTF_8);
		}

		@Override
		public ITypedElement replace(ITypedElement dest, ITypedElement src) {
			return dest;
		}
	}
}
