package dev.piassistant.tools.internal.checkpoint;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.checkpoint.Checkpoint;
import dev.piassistant.core.checkpoint.CheckpointException;
import dev.piassistant.core.checkpoint.CheckpointId;
import dev.piassistant.core.checkpoint.CheckpointRequest;
import dev.piassistant.core.checkpoint.Checkpoints;
import dev.piassistant.core.checkpoint.FileConflict;
import dev.piassistant.core.checkpoint.RestoreMode;
import dev.piassistant.core.checkpoint.RestorePreview;
import dev.piassistant.core.checkpoint.RestoreResult;
import dev.piassistant.core.checkpoint.UndoTarget;
import dev.piassistant.core.store.Database;
import dev.piassistant.core.store.SchemaContribution;
import dev.piassistant.tools.internal.ToolsSchema;

/**
 * Checkpoints in git: file contents as blobs in the repository each file belongs to (under a private ref
 * namespace, so they survive garbage collection) or in a shadow repository for files outside any; which
 * checkpoint kept which files in the workspace database.
 */
@Component(service = Checkpoints.class)
public final class GitCheckpoints implements Checkpoints {

	private final CheckpointTable table;
	private final Repositories repositories;
	private final Snapshots snapshots;
	private final Restorer restorer;
	private final Clock clock;

	@Activate
	public GitCheckpoints(@Reference Database database, @Reference(target = ToolsSchema.TARGET) SchemaContribution schema) {
		this(database, Path.of(Platform.getStateLocation(FrameworkUtil.getBundle(GitCheckpoints.class)).toOSString(), "shadow.git"),
				Clock.systemUTC());
	}

	GitCheckpoints(Database database, Path shadowFolder, Clock clock) {
		this.table = new CheckpointTable(database);
		this.repositories = new Repositories(shadowFolder);
		this.snapshots = new Snapshots(repositories);
		this.restorer = new Restorer(table, snapshots);
		this.clock = clock;
	}

	@Deactivate
	void close() {
		repositories.close();
	}

	@Override
	public synchronized Checkpoint take(CheckpointRequest request) {
		return take(request, Checkpoint.Kind.ACTION);
	}

	private Checkpoint take(CheckpointRequest request, Checkpoint.Kind kind) {
		var files = new ArrayList<>(new LinkedHashSet<>(request.files().stream().map(Repositories::normalize).toList()));
		var checkpoint = new Checkpoint(CheckpointId.random(), request.session(), request.task(), request.step(), request.callId(), kind,
				clock.instant(), request.label(), files, false);
		try {
			table.insert(checkpoint, snapshots.keep(checkpoint.id(), request.label(), files));
		} catch (IOException e) {
			throw new CheckpointException("Could not keep the files before the change: " + e.getMessage(), e);
		}
		return checkpoint;
	}

	@Override
	public synchronized void written(CheckpointId id) {
		var checkpoint = find(id).orElseThrow(() -> new CheckpointException("There is no checkpoint " + id + "."));
		try {
			table.written(id, snapshots.keepAfter(id, checkpoint.label(), table.files(id)));
		} catch (IOException e) {
			throw new CheckpointException("Could not keep the files after the change: " + e.getMessage(), e);
		}
	}

	@Override
	public Optional<Checkpoint> find(CheckpointId id) {
		return table.find(id);
	}

	@Override
	public List<Checkpoint> ofTask(TaskId task) {
		return table.ofTask(task);
	}

	@Override
	public List<Checkpoint> ofSession(SessionId session) {
		return table.ofSession(session);
	}

	@Override
	public synchronized RestorePreview preview(UndoTarget target) {
		try {
			return restorer.preview(restorer.plan(checkpoints(target)));
		} catch (IOException e) {
			throw new CheckpointException("Could not compare the files with the checkpoint: " + e.getMessage(), e);
		}
	}

	@Override
	public synchronized RestoreResult restore(UndoTarget target, RestoreMode mode) {
		var checkpoints = checkpoints(target);
		if (checkpoints.isEmpty()) {
			return new RestoreResult.Nothing();
		}
		try {
			var plan = restorer.plan(checkpoints);
			var conflicts = mode == RestoreMode.MERGE ? restorer.unmergeable(plan)
					: plan.stream().filter(file -> file.conflict() != null)
							.map(file -> new FileConflict(file.first().path(), java.util.Objects.requireNonNull(file.conflict()))).toList();
			if (!conflicts.isEmpty()) {
				return new RestoreResult.Conflicts(conflicts);
			}
			var changing = plan.stream().filter(file -> !file.unchanged()).toList();
			if (changing.isEmpty()) {
				return new RestoreResult.Nothing();
			}
			var undo = take(request(checkpoints, changing), Checkpoint.Kind.RESTORE);
			try {
				return new RestoreResult.Restored(undo, restorer.apply(changing));
			} finally {
				written(undo.id());
			}
		} catch (IOException e) {
			throw new CheckpointException("Could not restore the files: " + e.getMessage(), e);
		}
	}

	/** The restore's own checkpoint belongs where what it undoes belongs: the same task, and step if one. */
	private static CheckpointRequest request(List<Checkpoint> undone, List<PlannedFile> changing) {
		var last = undone.get(undone.size() - 1);
		var step = undone.stream().allMatch(checkpoint -> java.util.Objects.equals(checkpoint.step(), last.step())) ? last.step() : null;
		var label = undone.size() == 1 ? "undo " + last.label() : "undo " + undone.size() + " changes";
		return new CheckpointRequest(last.session(), last.task(), step, null, label,
				changing.stream().map(file -> file.first().path()).toList());
	}

	private List<Checkpoint> checkpoints(UndoTarget target) {
		if (target instanceof UndoTarget.LastAction last) {
			var all = table.ofSession(last.session());
			return all.isEmpty() ? List.of() : List.of(all.get(all.size() - 1));
		}
		if (target instanceof UndoTarget.Action action) {
			return table.find(action.checkpoint()).map(List::of).orElse(List.of());
		}
		if (target instanceof UndoTarget.Step step) {
			return table.ofStep(step.task(), step.step());
		}
		return table.ofTask(((UndoTarget.Task) target).task());
	}
}
