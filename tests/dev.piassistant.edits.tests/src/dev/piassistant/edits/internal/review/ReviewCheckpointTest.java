package dev.piassistant.edits.internal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.change.ChangeReviewService;
import dev.piassistant.core.change.ChangeSet;
import dev.piassistant.core.change.HunkDecision;
import dev.piassistant.core.change.HunkState;
import dev.piassistant.core.checkpoint.Checkpoints;
import dev.piassistant.core.checkpoint.RestoreMode;
import dev.piassistant.core.checkpoint.RestoreResult;
import dev.piassistant.core.checkpoint.UndoTarget;
import dev.piassistant.core.tool.ToolContext;

/**
 * The review service and the checkpoint service as Declarative Services wire them (the JGit checkpoints of the
 * tools bundle, the store's database): a change set applied on the command line's terms is kept before it is
 * written, recorded once written, and undoing the task puts the file back.
 */
class ReviewCheckpointTest {

	@Test
	void aReviewKeepsItsFilesBeforeWritingThemAndUndoingTheTaskPutsThemBack() throws Exception {
		var reviews = service(ChangeReviewService.class);
		var checkpoints = service(Checkpoints.class);
		var workspace = Files.createTempDirectory("pi-review").toRealPath();
		var file = workspace.resolve("p/notes.txt");
		Files.createDirectories(file.getParent());
		var base = "one\ntwo\nthree\n";
		Files.writeString(file, base, StandardCharsets.UTF_8);
		var changes = Changes.of(Changes.modify("p/notes.txt", base, "one\nTWO\nthree\n"));

		var outcome = reviews.review(changes, new Context(workspace, changes));

		assertEquals(List.of(HunkState.APPLIED), outcome.hunks().stream().map(HunkDecision::state).toList());
		assertEquals("one\nTWO\nthree\n", Files.readString(file, StandardCharsets.UTF_8));
		var kept = checkpoints.ofTask(changes.task());
		assertEquals(1, kept.size(), "one checkpoint for the change set");
		assertEquals(List.of(file), kept.get(0).files());
		assertTrue(kept.get(0).written(), "what the review wrote is recorded, so later edits of the user are told apart");
		assertEquals(changes.callId(), kept.get(0).callId());

		var undo = checkpoints.restore(new UndoTarget.Task(changes.task()), RestoreMode.STOP_ON_CONFLICT);
		assertInstanceOf(RestoreResult.Restored.class, undo);
		assertEquals(base, Files.readString(file, StandardCharsets.UTF_8), "undoing the task puts the file back");
	}

	private static <S> S service(Class<S> type) throws InterruptedException {
		var bundle = FrameworkUtil.getBundle(ReviewCheckpointTest.class);
		var tracker = new ServiceTracker<S, S>(bundle.getBundleContext(), type, null);
		tracker.open();
		try {
			var service = tracker.waitForService(20_000);
			assertNotNull(service, type.getSimpleName() + " is not registered");
			return service;
		} finally {
			tracker.close();
		}
	}

	/** A tool call of a task, as the loop runs it. */
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
