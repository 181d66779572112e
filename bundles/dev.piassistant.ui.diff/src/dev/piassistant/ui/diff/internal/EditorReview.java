package dev.piassistant.ui.diff.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.codemining.ICodeMiningProvider;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewerExtension5;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.piassistant.core.change.ChangeReview;
import dev.piassistant.core.change.HunkStatus;

/**
 * One file of a review in its text editor: each hunk's lines highlighted by state (pending, stale, accepted) and
 * Accept | Reject above each undecided hunk, with the lines the agent proposes shown under it; Accept all | Reject
 * all at the top. The decisions go to the review, which changes the editor's document: one undoable change each.
 */
final class EditorReview {

	static final String PENDING = "dev.piassistant.ui.diff.pending";
	static final String STALE = "dev.piassistant.ui.diff.stale";
	static final String APPLIED = "dev.piassistant.ui.diff.applied";

	private final ChangeReview review;
	private final String path;
	private final ITextEditor editor;
	private final ITextViewer viewer;
	private final ReviewMinings minings = new ReviewMinings();
	private List<Annotation> annotations = new ArrayList<>();

	private EditorReview(ChangeReview review, String path, ITextEditor editor, ITextViewer viewer) {
		this.review = review;
		this.path = path;
		this.editor = editor;
		this.viewer = viewer;
	}

	/** Opens the file (a workspace path: project/folder/file) in its editor and shows the review there. */
	static EditorReview open(ChangeReview review, String path) throws CoreException {
		var file = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(path));
		var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		var part = IDE.openEditor(page, file, true);
		var editor = part.getAdapter(ITextEditor.class);
		var viewer = editor == null ? null : viewer(editor);
		if (editor == null || viewer == null) {
			throw new IllegalStateException(NLS.bind(Messages.CannotOpen, path, part.getTitle()));
		}
		var shown = new EditorReview(review, path, editor, viewer);
		if (viewer instanceof ISourceViewerExtension5 minable) {
			shown.minings.attach(viewer);
			minable.setCodeMiningProviders(new ICodeMiningProvider[] { shown.minings });
		}
		shown.refresh();
		return shown;
	}

	private static ITextViewer viewer(ITextEditor editor) {
		var viewer = editor.getAdapter(ITextViewer.class);
		if (viewer != null) {
			return viewer;
		}
		return editor.getAdapter(ITextOperationTarget.class) instanceof ITextViewer target ? target : null;
	}

	ITextEditor editor() {
		return editor;
	}

	String path() {
		return path;
	}

	ChangeReview review() {
		return review;
	}

	ReviewMinings minings() {
		return minings;
	}

	IDocument document() {
		return viewer.getDocument();
	}

	List<HunkStatus> hunks() {
		return review.hunks(path);
	}

	/** Shows the hunks as they are now. */
	void refresh() {
		if (viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		var document = document();
		var added = new HashMap<Annotation, Position>();
		var lines = new ArrayList<ReviewMinings.Line>();
		var undecided = hunks().stream().filter(hunk -> !hunk.state().isDecided()).count();
		if (undecided > 0) {
			lines.add(new ReviewMinings.Line(0, NLS.bind(Messages.FileHeader, undecided), null));
			lines.add(new ReviewMinings.Line(0, Messages.AcceptAll, () -> review.acceptAll(path)));
			lines.add(new ReviewMinings.Line(0, Messages.RejectAll, () -> review.rejectAll(path, "")));
		}
		for (var hunk : hunks()) {
			var type = switch (hunk.state()) {
			case PENDING -> PENDING;
			case STALE -> STALE;
			case APPLIED, MERGED -> APPLIED;
			case REJECTED -> null;
			};
			if (type != null && hunk.length() > 0) {
				added.put(new Annotation(type, false, type), new Position(hunk.offset(), hunk.length()));
			}
			try {
				HunkMinings.add(lines, document, review, hunk);
			} catch (BadLocationException e) {
				// the document changed under the review: the next refresh places it
			}
		}
		replace(added);
		minings.show(lines, document);
	}

	private void replace(HashMap<Annotation, Position> added) {
		var model = annotationModel();
		if (model == null) {
			return;
		}
		var old = annotations.toArray(Annotation[]::new);
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(old, added);
		} else {
			for (var annotation : old) {
				model.removeAnnotation(annotation);
			}
			added.forEach(model::addAnnotation);
		}
		annotations = new ArrayList<>(added.keySet());
	}

	private IAnnotationModel annotationModel() {
		var provider = editor.getDocumentProvider();
		return provider == null ? null : provider.getAnnotationModel(editor.getEditorInput());
	}

	/** The review ended: nothing of it is shown any more. */
	void dispose() {
		replace(new HashMap<>());
		if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
			minings.show(List.of(), document());
		}
	}

	/** The first undecided hunk after the offset (or before it, going back), wrapping around. */
	Optional<HunkStatus> near(int offset, boolean forward) {
		var open = hunks().stream().filter(hunk -> !hunk.state().isDecided()).toList();
		if (open.isEmpty()) {
			return Optional.empty();
		}
		if (forward) {
			return Optional.of(open.stream().filter(hunk -> hunk.offset() > offset).findFirst().orElse(open.get(0)));
		}
		var before = open.stream().filter(hunk -> hunk.offset() < offset).toList();
		return Optional.of(before.isEmpty() ? open.get(open.size() - 1) : before.get(before.size() - 1));
	}

	/** The undecided hunk the caret is in, or the next one. */
	Optional<HunkStatus> at(int offset) {
		return hunks().stream().filter(hunk -> !hunk.state().isDecided())
				.filter(hunk -> offset >= hunk.offset() && offset <= hunk.offset() + hunk.length()).findFirst()
				.or(() -> near(offset, true));
	}
}
