package dev.piassistant.edits.internal.review;

import java.nio.file.Path;
import java.util.LinkedHashSet;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.change.ChangeSet;
import dev.piassistant.core.checkpoint.CheckpointId;
import dev.piassistant.core.checkpoint.CheckpointRequest;
import dev.piassistant.core.checkpoint.Checkpoints;
import dev.piassistant.core.tool.ToolContext;

/**
 * The checkpoint taken before a review may write any of its files, so that the task's changes can be undone: every
 * file the change set touches (a move's target too), as it is on disk before anything of it is written.
 */
final class ReviewCheckpoint {

	private final @Nullable Checkpoints checkpoints;
	private final @Nullable CheckpointId id;

	private ReviewCheckpoint(@Nullable Checkpoints checkpoints, @Nullable CheckpointId id) {
		this.checkpoints = checkpoints;
		this.id = id;
	}

	/**
	 * Takes the checkpoint, when a checkpoint service is installed.
	 *
	 * @throws dev.piassistant.core.checkpoint.CheckpointException when it cannot be taken: nothing may be written
	 */
	static ReviewCheckpoint take(@Nullable Checkpoints checkpoints, ChangeSet changes, ToolContext context) {
		if (checkpoints == null || changes.files().isEmpty()) {
			return new ReviewCheckpoint(null, null);
		}
		var files = new LinkedHashSet<Path>();
		for (var file : changes.files()) {
			files.add(WorkspacePaths.resolve(context.workspace(), file.path()));
			files.add(WorkspacePaths.resolve(context.workspace(), file.target()));
		}
		var label = changes.files().size() == 1 ? changes.files().get(0).path() : changes.files().size() + " files";
		var request = new CheckpointRequest(changes.session(), changes.task(), null, changes.callId(), label,
				files.stream().toList());
		return new ReviewCheckpoint(checkpoints, checkpoints.take(request).id());
	}

	/** Records what the review left in the files, once it has ended (written or not). */
	void written() {
		if (checkpoints != null && id != null) {
			checkpoints.written(id);
		}
	}
}
