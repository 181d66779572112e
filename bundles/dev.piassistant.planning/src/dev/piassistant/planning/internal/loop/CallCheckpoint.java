package dev.piassistant.planning.internal.loop;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.checkpoint.Checkpoint;
import dev.piassistant.core.checkpoint.CheckpointRequest;
import dev.piassistant.core.event.CheckpointTaken;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.tool.Access;

/**
 * Keeps the files a call will change before it runs, when it says which (file accesses that write, create or
 * delete) and a checkpoint service is there; records that it did, so that views can offer to undo the call.
 */
final class CallCheckpoint {

	private CallCheckpoint() {
	}

	/**
	 * @throws dev.piassistant.core.checkpoint.CheckpointException when the files cannot be kept: the call must
	 *                                                             not run then
	 */
	static Optional<Checkpoint> take(TaskContext context, @Nullable StepId step, ToolCall call, List<Access> accesses) {
		var files = writtenFiles(context.services.workspace(), accesses);
		var service = context.services.checkpoints().get();
		if (files.isEmpty() || service.isEmpty()) {
			return Optional.empty();
		}
		var label = call.name() + " " + context.services.workspace().relativize(files.get(0));
		var checkpoint = service.get().take(new CheckpointRequest(context.session, context.task, step, call.id(), label, files));
		context.recorder.record(new CheckpointTaken(context.session, context.recorder.now(), context.task, step, call.id(),
				checkpoint.id(), checkpoint.files().stream().map(Path::toString).toList()));
		return Optional.of(checkpoint);
	}

	/** Records what the call left in the files, whether it succeeded or not. */
	static void written(TaskContext context, Optional<Checkpoint> checkpoint) {
		checkpoint.ifPresent(taken -> context.services.checkpoints().get().ifPresent(service -> {
			try {
				service.written(taken.id());
			} catch (RuntimeException e) {
				System.getLogger(CallCheckpoint.class.getName()).log(System.Logger.Level.ERROR,
						"Could not record what the call " + taken.callId() + " wrote; undoing it will ask first", e);
			}
		}));
	}

	private static List<Path> writtenFiles(Path workspace, List<Access> accesses) {
		var files = new LinkedHashSet<Path>();
		for (var access : accesses) {
			if (access instanceof Access.File file && file.op() != Access.FileOp.READ) {
				files.add(workspace.resolve(file.path()).toAbsolutePath().normalize());
			}
		}
		return List.copyOf(files);
	}
}
