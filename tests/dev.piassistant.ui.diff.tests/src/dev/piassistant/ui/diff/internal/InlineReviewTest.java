package dev.piassistant.ui.diff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.piassistant.core.ChangeSetId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.change.ChangeKind;
import dev.piassistant.core.change.ChangeReviewService;
import dev.piassistant.core.change.ChangeSet;
import dev.piassistant.core.change.FileChange;
import dev.piassistant.core.change.Hunk;
import dev.piassistant.core.change.HunkDecision;
import dev.piassistant.core.change.HunkState;
import dev.piassistant.core.change.HunkStatus;
import dev.piassistant.core.change.ReviewOutcome;
import dev.piassistant.core.tool.ToolContext;
import dev.piassistant.ui.Services;

/**
 * The inline review in a real workbench: a file is open in the text editor, the agent proposes three hunks; the
 * user accepts one and rejects one with the minings above them, types inside the third, which turns stale and is
 * merged in Compare; then undo in the editor takes back each step, the user's keystroke included.
 */
class InlineReviewTest {

	private static final String BASE = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\n";
	private static final String PATH = "review/numbers.txt";

	private IProject project;
	private IFile file;

	@BeforeEach
	void openTheFile() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("review");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		file = project.getFile("numbers.txt");
		var content = new ByteArrayInputStream(BASE.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(content, true, false, null);
		} else {
			file.create(content, true, null);
		}
		var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1400, 900);
		IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, true);
	}

	@AfterEach
	void closeEverything() throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		project.delete(true, null);
	}

	@Test
	void acceptRejectTypeIntoTheThirdMergeItAndUndoEachStep() throws Exception {
		var service = Services.await(ChangeReviewService.class, 20_000).orElseThrow();
		var outcome = propose(service);
		Ui.spinUntil("the review shows in the editor", () -> !InlineReviews.get().all().isEmpty());
		var shown = InlineReviews.get().all().get(0);
		var editor = shown.editor();
		var document = shown.document();
		assertSame(editor.getDocumentProvider().getDocument(editor.getEditorInput()), document,
				"the review changes the editor's own document");
		assertEquals(List.of(HunkState.PENDING, HunkState.PENDING, HunkState.PENDING), states(shown));
		assertEquals(3, annotations(editor, EditorReview.PENDING), "each pending hunk is highlighted");
		Ui.spin(Duration.ofMillis(800));
		screenshot();

		shown.minings().click(Messages.Accept, 0, document);
		assertEquals(BASE.replace("one", "ONE"), document.get());
		assertEquals(1, annotations(editor, EditorReview.APPLIED), "the accepted lines show as the agent's");

		shown.minings().click(Messages.Reject, 3, document);
		assertEquals(BASE.replace("one", "ONE"), document.get(), "a rejection leaves the document as it is");
		assertEquals(HunkState.REJECTED, states(shown).get(1));

		var viewer = editor.getAdapter(ITextViewer.class);
		var widget = viewer.getTextWidget();
		widget.replaceTextRange(document.get().indexOf("eight") + 2, 0, "!");
		var mine = document.get();
		assertTrue(mine.contains("ei!ght"), mine);
		assertEquals(HunkState.STALE, states(shown).get(2), "typing inside a pending hunk makes it stale");
		assertEquals(1, annotations(editor, EditorReview.STALE));
		undo(editor);
		assertEquals(HunkState.PENDING, states(shown).get(2), "undoing the keystroke makes the hunk pending again");
		redo(editor);
		assertEquals(HunkState.STALE, states(shown).get(2));
		assertEquals(mine, document.get());

		shown.minings().click(Messages.Merge, 7, document);
		Ui.spinUntil("the merge opens in Compare", () -> activeMerge() != null);
		var merge = activeMerge();
		assertTrue(merge.getTitle().contains(PATH), merge.getTitle());
		var merged = mine.replace("ei!ght", "EIGHT!");
		merge.currentSide().text = merged;
		merge.saveChanges(new NullProgressMonitor());
		assertEquals(merged, document.get(), "the merge goes into the editor's document");

		var result = outcome.get(20, TimeUnit.SECONDS);
		assertEquals(List.of(HunkState.APPLIED, HunkState.REJECTED, HunkState.MERGED),
				result.hunks().stream().map(HunkDecision::state).toList(), "the agent hears each decision");
		Ui.spinUntil("the review's marks go once it ended", () -> InlineReviews.get().all().isEmpty());
		assertEquals(0, annotations(editor, EditorReview.APPLIED) + annotations(editor, EditorReview.PENDING));

		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().activate(editor);
		undo(editor);
		assertEquals(mine, document.get(), "undoing the merge brings back what the user typed");
		undo(editor);
		assertEquals(BASE.replace("one", "ONE"), document.get(), "then the keystroke goes");
		undo(editor);
		assertEquals(BASE, document.get(), "then the accepted hunk");
	}

	private CompletableFuture<ReviewOutcome> propose(ChangeReviewService service) {
		var hunks = List.of(new Hunk(0, 0, "one\n", "ONE\n"), new Hunk(1, 3, "four\n", "FOUR\n"),
				new Hunk(2, 7, "eight\n", "EIGHT\n"));
		var changes = new ChangeSet(ChangeSetId.random(), SessionId.random(), TaskId.random(), "call-1", "capitals",
				List.of(new FileChange(ChangeKind.MODIFY, PATH, null, BASE, hunks)));
		var context = new Context(ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath(), changes);
		var outcome = new CompletableFuture<ReviewOutcome>();
		var agent = new Thread(() -> {
			try {
				outcome.complete(service.review(changes, context));
			} catch (Throwable e) {
				outcome.completeExceptionally(e);
			}
		}, "agent");
		agent.setDaemon(true);
		agent.start();
		return outcome;
	}

	private static List<HunkState> states(EditorReview shown) {
		return shown.hunks().stream().map(HunkStatus::state).toList();
	}

	private static int annotations(ITextEditor editor, String type) {
		var model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		int count = 0;
		for (var it = model.getAnnotationIterator(); it.hasNext();) {
			if (type.equals(it.next().getType())) {
				count++;
			}
		}
		return count;
	}

	private static void undo(ITextEditor editor) {
		editor.getAdapter(ITextOperationTarget.class).doOperation(ITextOperationTarget.UNDO);
	}

	private static void redo(ITextEditor editor) {
		editor.getAdapter(ITextOperationTarget.class).doOperation(ITextOperationTarget.REDO);
	}

	private static MergeInput activeMerge() {
		var editor = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		return editor != null && editor.getEditorInput() instanceof MergeInput merge ? merge : null;
	}

	/** The workbench window as the user sees it, for the README (written where the build keeps its output). */
	private static void screenshot() throws Exception {
		var display = Display.getCurrent();
		var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		var bounds = shell.getBounds();
		var image = new Image(display, bounds.width, bounds.height);
		var gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			var loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			var target = Path.of(System.getProperty("user.dir"), "target", "review.png");
			Files.createDirectories(target.getParent());
			loader.save(target.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** The agent's side of the review: a tool call running in a task. */
	private record Context(Path workspace, ChangeSet changes) implements ToolContext {
		@Override
		public SessionId session() {
			return changes.session();
		}

		@Override
		public TaskId task() {
			return changes.task();
		}

		@Override
		public boolean isCancelled() {
			return false;
		}

		@Override
		public void onCancel(Runnable action) {
		}

		@Override
		public void progress(String message) {
		}
	}
}
